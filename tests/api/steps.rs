//! What people do, as test steps shared by every test module: write, submit and publish case
//! studies through the API, read JSON as someone, search, wait for the index, run a digest.
//! (Who they are — accounts, sessions, browsers — is `people.rs`; the server is `harness.rs`.)

use std::time::{Duration, Instant};

use chrono::Utc;
use parley::digest::subscriptions::Frequency;
use parley::digest::{self, send::deliver_batch, start_run};
use parley::search::indexer::newest_seq;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::harness::TestApp;
use crate::people::Person;

pub fn case_json(title: &str, body: &str) -> Value {
    json!({
        "title": title,
        "country": "UA",
        "region": "UA-63",
        "contexts": ["humanitarian_access", "armed_actors"],
        "counterparts": ["military", "local_administration"],
        "period": {"year": 2023, "month": 3},
        "outcome": "partial",
        "lessons": "Start with the logistics officer, not the commander.",
        "body_markdown": body,
        "tags": ["water", "convoy"],
        "sensitive_terms": ["Oksana Petrenko", "Vilkhivka"],
        "show_name": false,
    })
}

impl TestApp {
    pub async fn post_json(&self, token: &str, path: &str, body: &Value) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    /// A member writes a case study and sends it for review; returns its id.
    pub async fn submit_case(&self, author: &Person, title: &str, body: &str) -> i64 {
        let token = self.token(author).await;
        let response = self
            .post_json(&token, "/api/v1/cases", &case_json(title, body))
            .await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let created: Value = response.json().await.unwrap();
        assert_eq!(created["status"], "pending");
        created["id"].as_i64().unwrap()
    }

    /// A moderator publishes an anonymised version of a pending case.
    pub async fn publish(
        &self,
        moderator: &Person,
        id: i64,
        title: &str,
        body: &str,
    ) -> reqwest::Response {
        let token = self.token(moderator).await;
        self.post_json(
            &token,
            &format!("/api/v1/moderation/cases/{id}/publish"),
            &json!({"title": title, "body_markdown": body, "lessons": "Start with logistics."}),
        )
        .await
    }

    pub async fn json_as(&self, person: &Person, path: &str) -> (StatusCode, Value) {
        let response = self.get_as(&self.token(person).await, path).await;
        let status = response.status();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    pub async fn put_json(&self, token: &str, path: &str, body: &Value) -> reqwest::Response {
        self.client
            .put(self.url(path))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    /// A case study in `country`, published with `published` as its anonymised body.
    pub async fn published_case(
        &self,
        author: &Person,
        moderator: &Person,
        title: &str,
        country: &str,
        original: &str,
        published: &str,
    ) -> i64 {
        let token = self.token(author).await;
        let created = self
            .post_json(
                &token,
                "/api/v1/cases",
                &json!({
                    "title": title,
                    "country": country,
                    "contexts": ["humanitarian_access"],
                    "counterparts": ["military"],
                    "period": {"year": 2024},
                    "outcome": "partial",
                    "lessons": format!("Lessons of {title}."),
                    "body_markdown": original,
                    "tags": [],
                    "sensitive_terms": [],
                    "show_name": false,
                }),
            )
            .await;
        assert_eq!(created.status(), StatusCode::CREATED);
        let id = created.json::<Value>().await.unwrap()["id"]
            .as_i64()
            .unwrap();
        let mod_token = self.token(moderator).await;
        let response = self
            .post_json(
                &mod_token,
                &format!("/api/v1/moderation/cases/{id}/publish"),
                &json!({"title": title, "body_markdown": published, "lessons": format!("Lessons of {title}.")}),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        id
    }

    /// Starts a daily run now and delivers everything due; returns the run's report.
    pub async fn run_daily(&self) -> digest::RunReport {
        let at = Utc::now();
        let report = self
            .state
            .run(move |conn, _| {
                start_run(conn, Frequency::Daily, at, false, "test", &mut |_, _| {})
            })
            .await
            .unwrap();
        let index = self.state.search.get().map(|s| s.index());
        while deliver_batch(&self.state, index.clone(), None)
            .await
            .unwrap()
            > 0
        {}
        report
    }

    /// Waits until the index has applied every outbox row (the indexer runs on its own).
    pub async fn wait_indexed(&self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let newest = self.state.run(|conn, _| newest_seq(conn)).await.unwrap();
            let indexed = self.state.search().unwrap().index().last_seq().unwrap();
            if indexed >= newest {
                return;
            }
            assert!(Instant::now() < deadline, "the index did not catch up");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// A search through the API, as `who`.
    pub async fn search_api(&self, who: &Person, query: &str) -> (StatusCode, Value) {
        let url = format!(
            "/api/v1/search?{}",
            url::form_urlencoded::Serializer::new(String::new())
                .append_pair("q", query)
                .finish()
        );
        self.json_as(who, &url).await
    }
}
