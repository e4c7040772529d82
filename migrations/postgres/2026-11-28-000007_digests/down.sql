DROP TABLE digest_deliveries;
DROP TABLE digest_runs;
DROP TABLE subscriptions;
