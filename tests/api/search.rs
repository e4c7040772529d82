//! Search end to end: relevance in five languages (tests/data/search_corpus.json), facets and
//! operators over the API and the page, what must never be found, staying in step with the
//! database (a crash mid-batch, a reindex swapped in under a running server).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use diesel::prelude::*;
use parley::accounts::Role;
use parley::search::indexer::{catch_up, rebuild};
use parley::search::{SearchIndex, params::SearchParams, search_published};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::harness::{TestApp, spawn_app};
use crate::people::Person;

fn corpus() -> Value {
    serde_json::from_str(include_str!("../data/search_corpus.json")).unwrap()
}

/// The JSON a member sends to write one corpus document.
fn case_input(doc: &Value) -> Value {
    let mut input = json!({
        "kind": doc["kind"],
        "title": doc["title"],
        "country": doc["country"],
        "region": doc["region"],
        "contexts": doc["contexts"],
        "counterparts": doc["counterparts"],
        "outcome": doc["outcome"],
        "lessons": doc["lessons"],
        "body_markdown": doc["body"],
        "tags": doc["tags"],
        "language": doc["lang"],
    });
    if let Some(year) = doc["year"].as_i64() {
        input["period"] = json!({"year": year});
    }
    input
}

/// Writes and publishes (as written) every corpus document; returns key → thread id.
async fn publish_corpus(
    app: &TestApp,
    author: &Person,
    moderator: &Person,
) -> HashMap<String, i64> {
    publish_documents(app, author, moderator, &corpus()).await
}

/// Writes and publishes (as written) every document of `corpus["documents"]`; returns key →
/// thread id.
pub(crate) async fn publish_documents(
    app: &TestApp,
    author: &Person,
    moderator: &Person,
    corpus: &Value,
) -> HashMap<String, i64> {
    let (author_token, mod_token) = (app.token(author).await, app.token(moderator).await);
    let mut ids = HashMap::new();
    for doc in corpus["documents"].as_array().unwrap() {
        let created = app
            .post_json(&author_token, "/api/v1/cases", &case_input(doc))
            .await;
        assert_eq!(created.status(), StatusCode::CREATED, "{}", doc["key"]);
        let id = created.json::<Value>().await.unwrap()["id"]
            .as_i64()
            .unwrap();
        let published = app
            .post_json(
                &mod_token,
                &format!("/api/v1/moderation/cases/{id}/publish"),
                &json!({"title": doc["title"], "body_markdown": doc["body"], "lessons": doc["lessons"], "tags": doc["tags"]}),
            )
            .await;
        assert_eq!(published.status(), StatusCode::OK, "{}", doc["key"]);
        ids.insert(doc["key"].as_str().unwrap().to_string(), id);
    }
    app.wait_indexed().await;
    ids
}

#[tokio::test]
async fn relevance_in_five_languages_across_scripts_inflections_and_operators() {
    let app = spawn_app().await;
    let (author, moderator) = (
        app.person(Role::Member).await,
        app.person(Role::Moderator).await,
    );
    let ids = publish_corpus(&app, &author, &moderator).await;
    let key_of: HashMap<i64, &str> = ids.iter().map(|(k, v)| (*v, k.as_str())).collect();
    let index = app.state.search().unwrap().index();
    let queries = corpus()["queries"].as_array().unwrap().clone();
    assert!(queries.len() >= 30);
    let mut failures = Vec::new();
    for check in &queries {
        let q = check["q"].as_str().unwrap();
        let params = SearchParams {
            q: q.to_string(),
            ..Default::default()
        };
        let request = params.request().unwrap();
        let index = index.clone();
        let results = app
            .state
            .run(move |conn, _| search_published(conn, &index, &request))
            .await
            .unwrap();
        let found: Vec<&str> = results
            .hits
            .iter()
            .map(|h| key_of.get(&h.id).copied().unwrap_or("?"))
            .collect();
        let within = check["within"].as_u64().unwrap() as usize;
        for expected in check["top"].as_array().unwrap() {
            let expected = expected.as_str().unwrap();
            if !found.iter().take(within).any(|k| *k == expected) {
                failures.push(format!(
                    "{q:?}: {expected} not in the top {within}: {found:?}"
                ));
            }
        }
        for absent in check["absent"].as_array().unwrap() {
            if found.contains(&absent.as_str().unwrap()) {
                failures.push(format!("{q:?}: {absent} should not be found: {found:?}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} queries failed:\n{}",
        failures.len(),
        queries.len(),
        failures.join("\n")
    );
}

#[tokio::test]
async fn the_api_gives_facets_snippets_pages_and_explains_mistakes() {
    let app = spawn_app().await;
    let (author, moderator, reader) = (
        app.person(Role::Member).await,
        app.person(Role::Moderator).await,
        app.person(Role::Member).await,
    );
    let ids = publish_corpus(&app, &author, &moderator).await;

    let (status, body) = app.search_api(&reader, "negocierea primăria").await;
    assert_eq!(status, StatusCode::OK);
    let first = &body["hits"][0];
    assert_eq!(first["id"], ids["ro-townhall"]);
    assert_eq!(first["country"], "RO");
    assert_eq!(first["contexts"], json!(["local_authorities"]));
    assert_eq!(first["year"], 2022);
    assert!(
        first["snippet_html"]
            .as_str()
            .unwrap()
            .contains("<mark>negocierea</mark>"),
        "{first}"
    );
    assert!(first.get("author_id").is_none() && !first.to_string().contains(&author.name));

    // A phrase is matched on word pairs; its snippet still marks its words.
    let (_, phrase) = app.search_api(&reader, "\"military checkpoint\"").await;
    let first = &phrase["hits"][0];
    assert_eq!(first["id"], ids["en-insulin"]);
    let snippet = first["snippet_html"].as_str().unwrap();
    assert!(
        snippet.contains("<mark>military</mark> <mark>checkpoint</mark>"),
        "{first}"
    );

    // Filters only: every published case study, newest first, with facet counts.
    let (_, all) = app.search_api(&reader, "kind:case_study").await;
    assert_eq!(all["total"], 31);
    assert_eq!(all["facets"]["country"]["UA"], 15);
    assert_eq!(all["facets"]["country"]["PL"], 6);
    assert_eq!(all["facets"]["lang"]["ro"], 6);
    assert_eq!(all["facets"]["context"]["protection_gbv"], 3);
    assert_eq!(all["facets"]["year"]["2024"], 3);
    assert_eq!(all["hits"].as_array().unwrap().len(), 20, "a page holds 20");
    let (_, second) = app
        .json_as(&reader, "/api/v1/search?q=kind:case_study&page=2")
        .await;
    assert_eq!(second["hits"].as_array().unwrap().len(), 11);

    // Parameters and operators combine; repeated parameters are alternatives.
    let (_, both) = app
        .json_as(
            &reader,
            "/api/v1/search?q=&country=PL&country=RO&context=protection_gbv",
        )
        .await;
    let found: Vec<i64> = both["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_i64().unwrap())
        .collect();
    assert_eq!(found.len(), 2);
    assert!(found.contains(&ids["pl-violence"]) && found.contains(&ids["ro-violence"]));
    let (_, ranged) = app.search_api(&reader, "year:2023..2024 country:RO").await;
    assert_eq!(ranged["total"], 3);

    // A word no document has with the others: relaxed, and said so.
    let (_, relaxed) = app.search_api(&reader, "Przemyśl zebra").await;
    assert_eq!(relaxed["relaxed"], true);
    assert_eq!(relaxed["hits"][0]["id"], ids["pl-border"]);

    for (q, field, says) in [
        ("\"unclosed", "q", "not closed"),
        ("context:nonsense", "q", "Unknown context"),
        ("year:2025..2020", "q", "backwards"),
    ] {
        let (status, problem) = app.search_api(&reader, q).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{q}");
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
        assert!(problem.to_string().contains(says), "{q}: {problem}");
    }
    let (status, problem) = app.json_as(&reader, "/api/v1/search?country=ZZ").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem["errors"][0]["field"], "country");
    let (status, _) = app.json_as(&reader, "/api/v1/search?page=0").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn unpublished_text_is_never_found_and_a_hidden_case_leaves_within_a_second() {
    let app = spawn_app().await;
    let (author, moderator, reader) = (
        app.person(Role::Member).await,
        app.person(Role::Moderator).await,
        app.person(Role::Member).await,
    );
    let mod_token = app.token(&moderator).await;
    let canary = format!("zqx{}", crate::harness::random_suffix());
    // Pending: never reviewed.
    app.submit_case(
        &author,
        &format!("Pending {canary}pending"),
        &format!("Body {canary}pending"),
    )
    .await;
    // Rejected.
    let rejected = app
        .submit_case(
            &author,
            &format!("Rejected {canary}rejected"),
            &format!("Body {canary}rejected"),
        )
        .await;
    app.post_json(
        &mod_token,
        &format!("/api/v1/moderation/cases/{rejected}/reject"),
        &json!({"reason": "Not for Parley."}),
    )
    .await;
    // Published, but the original named someone the published version does not.
    let published = app
        .submit_case(
            &author,
            &format!("Water with {canary}original"),
            &format!("We met {canary}original at the gate."),
        )
        .await;
    let ok = app
        .publish(
            &moderator,
            published,
            "Water at the gate",
            &format!("We met [Person A] at the gate. Marker {canary}public."),
        )
        .await;
    assert_eq!(ok.status(), StatusCode::OK);
    // A revision of the published case waiting for review.
    let revised = app
        .client
        .put(app.url(&format!("/api/v1/cases/{published}")))
        .bearer_auth(app.token(&author).await)
        .json(&crate::steps::case_json(
            "Water at the gate",
            &format!("Revised text naming {canary}revision."),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(revised.status(), StatusCode::OK);
    app.wait_indexed().await;

    let (_, found) = app.search_api(&reader, &format!("{canary}public")).await;
    assert_eq!(found["total"], 1, "the published text is found: {found}");
    for hidden in ["pending", "rejected", "original", "revision"] {
        let (_, body) = app.search_api(&reader, &format!("{canary}{hidden}")).await;
        assert_eq!(body["total"], 0, "{hidden} text was found: {body}");
    }
    // The index itself holds none of it (not only the API's answers).
    let index = app.state.search().unwrap().index();
    let searcher = index.reader.searcher();
    for hidden in ["pending", "rejected", "original", "revision"] {
        let term =
            tantivy::Term::from_field_text(index.fields.content, &format!("{canary}{hidden}"));
        assert_eq!(
            searcher.doc_freq(&term).unwrap(),
            0,
            "{hidden} is in the index"
        );
    }

    // Hidden by a moderator: gone from the index within a second.
    app.post_json(
        &mod_token,
        &format!("/api/v1/moderation/cases/{published}/hide"),
        &json!({}),
    )
    .await;
    let hidden_at = Instant::now();
    loop {
        let index = app.state.search().unwrap().index();
        if !index.all_ids().unwrap().contains(&published) {
            break;
        }
        assert!(
            hidden_at.elapsed() < Duration::from_secs(1),
            "still in the index a second after hiding"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let (_, body) = app.search_api(&reader, &format!("{canary}public")).await;
    assert_eq!(body["total"], 0);
}

/// The published thread ids, from the database.
async fn published_ids(app: &TestApp) -> Vec<i64> {
    app.state
        .run(|conn, _| {
            Ok(
                parley::cases::store::published_threads(&parley::cases::Reach::Everything)
                    .query()
                    .select(parley::db::schema::threads::id)
                    .order(parley::db::schema::threads::id.asc())
                    .load::<i64>(conn)?,
            )
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn a_crash_mid_batch_then_a_restart_leaves_the_index_equal_to_the_database() {
    let app = spawn_app().await;
    let (author, moderator) = (
        app.person(Role::Member).await,
        app.person(Role::Moderator).await,
    );
    let ids = publish_corpus(&app, &author, &moderator).await;
    // Changes after the corpus: a hide and a deletion, so that the replay must remove too.
    let mod_token = app.token(&moderator).await;
    app.post_json(
        &mod_token,
        &format!("/api/v1/moderation/cases/{}/hide", ids["en-fuel"]),
        &json!({}),
    )
    .await;
    let deleted = app
        .client
        .delete(app.url(&format!("/api/v1/cases/{}", ids["pl-school"])))
        .bearer_auth(app.token(&author).await)
        .send()
        .await
        .unwrap();
    assert!(deleted.status().is_success());

    // A second indexer on its own directory, killed after writing half a batch.
    let dir = tempfile::tempdir().unwrap();
    let index = SearchIndex::open(dir.path()).unwrap();
    let first = {
        let index = std::sync::Arc::new(index);
        let shared = index.clone();
        let applied = app
            .state
            .run(move |conn, _| catch_up(conn, &shared, 10, true))
            .await
            .unwrap();
        assert_eq!(applied, 10);
        let committed = index.all_ids().unwrap();
        let shared = index.clone();
        app.state
            .run(move |conn, _| catch_up(conn, &shared, 15, false))
            .await
            .unwrap();
        let seq = index.last_seq().unwrap();
        drop(index); // the process dies: nothing after the last commit survives
        (seq, committed)
    };
    let (first, committed) = first;
    let reopened = std::sync::Arc::new(SearchIndex::open(dir.path()).unwrap());
    assert_eq!(
        reopened.last_seq().unwrap(),
        first,
        "resumes after the last commit"
    );
    assert_eq!(
        reopened.all_ids().unwrap(),
        committed,
        "the uncommitted half batch is gone"
    );
    loop {
        let shared = reopened.clone();
        let n = app
            .state
            .run(move |conn, _| catch_up(conn, &shared, 7, true))
            .await
            .unwrap();
        if n == 0 {
            break;
        }
    }
    let expected = published_ids(&app).await;
    assert_eq!(reopened.all_ids().unwrap(), expected);
    assert!(!expected.contains(&ids["en-fuel"]) && !expected.contains(&ids["pl-school"]));
    // And the server's own index agrees.
    app.wait_indexed().await;
    assert_eq!(
        app.state.search().unwrap().index().all_ids().unwrap(),
        expected
    );
}

#[tokio::test]
async fn a_reindex_is_swapped_in_while_the_server_keeps_answering() {
    let app = spawn_app().await;
    let (author, moderator, reader) = (
        app.person(Role::Member).await,
        app.person(Role::Moderator).await,
        app.person(Role::Member).await,
    );
    let ids = publish_corpus(&app, &author, &moderator).await;
    let before = app.state.search().unwrap().index().dir.clone();
    let (db, root) = (app.state.db.clone(), app.state.index_dir());
    let rebuilt = tokio::task::spawn_blocking(move || rebuild(&db, &root, &mut |_, _| {}))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(rebuilt.documents, ids.len());
    // The server follows the pointer within a second or so, and answers all along.
    let deadline = Instant::now() + Duration::from_secs(3);
    loop {
        let (status, body) = app.search_api(&reader, "Kharkiv").await;
        assert_eq!(status, StatusCode::OK);
        assert!(body["total"].as_u64().unwrap() >= 2);
        if app.state.search().unwrap().index().dir != before {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the rebuilt index was not swapped in"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(!before.exists(), "the previous generation is removed");
    // A change after the swap is indexed into the new generation.
    let id = app
        .submit_case(&author, "Late story", "About a generator.")
        .await;
    app.publish(
        &moderator,
        id,
        "Late story",
        "About a generator and zebras.",
    )
    .await;
    app.wait_indexed().await;
    let (_, body) = app.search_api(&reader, "zebras").await;
    assert_eq!(body["hits"][0]["id"], id);
}

#[tokio::test]
async fn the_search_page_shows_facets_as_links_and_marks_the_words() {
    let app = spawn_app().await;
    let (author, moderator, reader) = (
        app.person(Role::Member).await,
        app.person(Role::Moderator).await,
        app.person(Role::Member).await,
    );
    let ids = publish_corpus(&app, &author, &moderator).await;
    let browser = app.browser_for(&reader).await;
    let page = browser
        .get(app.url("/search?q=Kharkiv"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains(&format!("href=\"/cases/{}\"", ids["uk-kharkiv-water"])));
    assert!(html.contains("<mark>"), "matched words are marked");
    assert!(
        html.contains("href=\"/search?q=Kharkiv&#38;country=UA\""),
        "facet values are links that add a filter"
    );
    // A filter is shown and can be removed; the search stays in the URL.
    let filtered = browser
        .get(app.url("/search?q=evacuation&country=UA&sort=newest"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        filtered.contains("Country: Ukraine"),
        "the active filter is shown"
    );
    assert!(filtered.contains("href=\"/search?q=evacuation&#38;sort=newest\""));
    // A mistake is explained on the page.
    let bad = browser
        .get(app.url("/search?q=%22unclosed"))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    assert!(bad.text().await.unwrap().contains("not closed"));
    // The case page lists related case studies (never itself).
    let case = browser
        .get(app.url(&format!("/cases/{}", ids["uk-police"])))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let related = case
        .split("id=\"related-heading\"")
        .nth(1)
        .expect("a related section");
    let related = related.split("</aside>").next().unwrap();
    assert!(!related.contains(&format!("/cases/{}\"", ids["uk-police"])));
    assert!(
        related.contains(&format!("/cases/{}\"", ids["pl-violence"]))
            || related.contains(&format!("/cases/{}\"", ids["ro-violence"])),
        "a case of the same context is related: {related}"
    );
}

#[tokio::test]
async fn places_and_labels_are_words_of_the_case_in_every_script_and_language() {
    let app = spawn_app().await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let token = app.token(&author).await;
    let created = app
        .post_json(
            &token,
            "/api/v1/cases",
            &json!({
                "title": "A long wait for the trucks",
                "country": "UA",
                "region": "UA-63",
                "contexts": ["checkpoint_movement", "evacuation"],
                "counterparts": ["military"],
                "period": {"year": 2023},
                "outcome": "partial",
                "lessons": "Ask early.",
                "body_markdown": "We waited three days for the trucks.",
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
    let other = app
        .submit_case(&author, "Talks with donors", "A donor wanted photographs.")
        .await;
    for (case, title) in [
        (id, "A long wait for the trucks"),
        (other, "Talks with donors"),
    ] {
        let published = app.publish(&moderator, case, title, "We waited.").await;
        assert!(published.status().is_success());
    }
    app.wait_indexed().await;
    let reader = app.token(&app.person(Role::Member).await).await;
    // `other` is filed under the default of case_json: Kharkivska oblast too, but neither
    // checkpoints nor evacuation.
    for (query, expect_other) in [
        ("Kharkiv", true),
        ("Харків", true),
        ("Харьков", true),
        ("Charków", true),
        ("Kharkivska", true),
        ("Харківська", true),
        ("блокпост", false),
        ("блокпосты", false),
        ("evacuation", false),
        ("ewakuacja", false),
        ("евакуація", false),
        ("evacuare", false),
        ("punct de control", false),
    ] {
        let found: Value = app
            .get_as(&reader, &format!("/api/v1/search?q={}", urlencoding(query)))
            .await
            .json()
            .await
            .unwrap();
        let ids: Vec<i64> = found["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["id"].as_i64().unwrap())
            .collect();
        assert!(ids.contains(&id), "{query} does not find the case: {found}");
        assert_eq!(ids.contains(&other), expect_other, "{query}: {ids:?}");
    }
}

fn urlencoding(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

#[tokio::test]
async fn lists_from_the_index_are_the_database_lists_for_every_filter_and_page() {
    use parley::cases::store::{self, ListQuery};
    let app = spawn_app().await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let token = app.token(&author).await;
    let countries = ["UA", "MD", "PL"];
    let contexts = ["evacuation", "armed_actors", "donors"];
    let outcomes = ["agreement", "partial", "no_agreement"];
    for i in 0..27 {
        let title = format!("Case number {i}");
        let created = app
            .post_json(
                &token,
                "/api/v1/cases",
                &json!({
                    "title": title,
                    "country": countries[i % 3],
                    "contexts": [contexts[(i / 3) % 3]],
                    "counterparts": ["military"],
                    "period": {"year": 2020 + (i % 2) as i32},
                    "outcome": outcomes[(i / 9) % 3],
                    "lessons": "Ask early.",
                    "body_markdown": "We waited.",
                    "tags": [],
                    "sensitive_terms": [],
                    "show_name": false,
                }),
            )
            .await;
        let id = created.json::<Value>().await.unwrap()["id"]
            .as_i64()
            .unwrap();
        assert!(
            app.publish(&moderator, id, &title, "We waited.")
                .await
                .status()
                .is_success()
        );
    }
    app.wait_indexed().await;
    let index = app.state.search().unwrap().index();
    let mut combinations = 0;
    for country in ["", "UA", "MD"] {
        for context in ["", "evacuation", "donors"] {
            for outcome in ["", "partial", "no_agreement"] {
                for year in ["", "2021"] {
                    combinations += 1;
                    let query = ListQuery {
                        kind: Some("case_study".into()),
                        country: Some(country.into()),
                        context: Some(context.into()),
                        outcome: Some(outcome.into()),
                        year: Some(year.into()),
                        ..Default::default()
                    };
                    let mut cursor: Option<String> = None;
                    loop {
                        let mut q = query.clone();
                        q.cursor = cursor.clone();
                        let filter = q.parse().unwrap();
                        let (db_filter, index_filter) = (filter.clone(), filter);
                        let index = index.clone();
                        let (from_db, from_index) = app
                            .state
                            .run(move |conn, kit| {
                                let reach = parley::cases::Reach::members_only();
                                let reader = store::Reader {
                                    id: None,
                                    reach: &reach,
                                };
                                let db = store::list_published(
                                    conn,
                                    &kit.signer,
                                    &db_filter,
                                    reader,
                                    4,
                                )?;
                                let ix = parley::search::lists::list_published(
                                    conn,
                                    Some(&index),
                                    &kit.signer,
                                    &index_filter,
                                    reader,
                                    4,
                                )?;
                                Ok((db, ix))
                            })
                            .await
                            .unwrap();
                        let ids = |p: &parley::cases::views::Page<_>| -> Vec<i64> {
                            p.items
                                .iter()
                                .map(|c: &parley::cases::views::CaseSummary| c.id)
                                .collect()
                        };
                        assert_eq!(
                            ids(&from_db),
                            ids(&from_index),
                            "{country}/{context}/{outcome}/{year} after {cursor:?}"
                        );
                        assert_eq!(
                            from_db.next_cursor.is_some(),
                            from_index.next_cursor.is_some()
                        );
                        match from_index.next_cursor {
                            Some(next) => cursor = Some(next),
                            None => break,
                        }
                    }
                }
            }
        }
    }
    assert_eq!(combinations, 54);
}

#[tokio::test]
async fn related_cases_are_those_of_the_same_context_and_region_before_those_of_the_same_words() {
    let app = spawn_app().await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let token = app.token(&author).await;
    let mut ids = Vec::new();
    for (title, country, region, context, counterpart, body) in [
        (
            "The orphanage evacuation",
            "UA",
            "UA-63",
            "evacuation",
            "local_administration",
            "We negotiated the evacuation of the orphanage with the district administration.",
        ),
        (
            "A donor and the orphanage",
            "PL",
            "PL-14",
            "donors",
            "donor",
            "We negotiated the funding of the orphanage with the district administration.",
        ),
        (
            "Вивезення лікарні",
            "UA",
            "UA-63",
            "evacuation",
            "local_administration",
            "Ми домовлялися з громадою про вивезення лежачих хворих автобусами.",
        ),
    ] {
        let created = app
            .post_json(
                &token,
                "/api/v1/cases",
                &json!({
                    "title": title, "country": country, "region": region,
                    "contexts": [context], "counterparts": [counterpart],
                    "period": {"year": 2023}, "outcome": "partial", "lessons": "Ask early.",
                    "body_markdown": body, "tags": [], "sensitive_terms": [], "show_name": false,
                }),
            )
            .await;
        assert_eq!(created.status(), StatusCode::CREATED, "{title}");
        let id = created.json::<Value>().await.unwrap()["id"]
            .as_i64()
            .unwrap();
        assert!(
            app.publish(&moderator, id, title, body)
                .await
                .status()
                .is_success()
        );
        ids.push(id);
    }
    app.wait_indexed().await;
    let index = app.state.search().unwrap().index();
    let related: Vec<i64> =
        parley::search::service::related(&index, ids[0], 5, &parley::cases::Reach::members_only())
            .unwrap();
    assert_eq!(
        related.first(),
        Some(&ids[2]),
        "the Ukrainian evacuation case of the same region comes first: {related:?}"
    );
}

#[tokio::test]
async fn placeholders_are_shown_in_results_but_never_searched() {
    let app = spawn_app().await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let id = app
        .submit_case(
            &author,
            "Talks with the commander",
            "We met him at the bridge.",
        )
        .await;
    let published = app
        .publish(
            &moderator,
            id,
            "Talks with [Person A]",
            "We met [Person A] in [Place B] near the bridge, and [Особа C] waited.",
        )
        .await;
    assert!(published.status().is_success());
    app.wait_indexed().await;
    let reader = app.token(&app.person(Role::Member).await).await;
    let search = |q: &'static str| {
        let (app, reader) = (&app, reader.clone());
        async move {
            app.get_as(&reader, &format!("/api/v1/search?q={}", urlencoding(q)))
                .await
                .json::<Value>()
                .await
                .unwrap()
        }
    };
    for q in ["Place B", "\"Person A\"", "Особа"] {
        let found = search(q).await;
        assert_eq!(found["total"], 0, "{q} found a placeholder: {found}");
    }
    let found = search("bridge").await;
    assert_eq!(found["total"], 1);
    let hit = &found["hits"][0];
    assert_eq!(hit["title"], "Talks with [Person A]");
    assert!(
        hit["snippet_html"].as_str().unwrap().contains("[Place B]"),
        "the result shows the text as published: {hit}"
    );
}

#[tokio::test]
async fn a_typo_finds_the_word_meant_and_says_so() {
    let app = spawn_app().await;
    let author = app.person(Role::Member).await;
    let moderator = app.person(Role::Moderator).await;
    let id = app
        .submit_case(
            &author,
            "Talks at the checkpoint",
            "We waited at the checkpoint.",
        )
        .await;
    let body = "We waited at the checkpoint for three days with the evacuation buses.";
    assert!(
        app.publish(&moderator, id, "Talks at the checkpoint", body)
            .await
            .status()
            .is_success()
    );
    app.wait_indexed().await;
    let reader = app.person(Role::Member).await;
    let token = app.token(&reader).await;
    let search = |q: &'static str| {
        let (app, token) = (&app, token.clone());
        async move {
            app.get_as(&token, &format!("/api/v1/search?q={}", urlencoding(q)))
                .await
                .json::<Value>()
                .await
                .unwrap()
        }
    };
    for (typed, meant) in [("checkpont", "checkpoint"), ("evakuation", "evacuation")] {
        let found = search(typed).await;
        assert_eq!(found["total"], 1, "{typed}: {found}");
        assert_eq!(found["corrected"], meant, "{typed}: {found}");
    }
    let exact = search("checkpoint").await;
    assert_eq!(
        exact["corrected"],
        Value::Null,
        "a word found as typed is not respelt"
    );
    assert_eq!(
        search("xylophones").await["total"],
        0,
        "nothing near: nothing shown"
    );

    // The page says what it shows, in her language.
    app.speaks(&reader, "uk").await;
    let page = app
        .page(&app.browser_for(&reader).await, "/search?q=checkpont")
        .await;
    assert!(
        page.contains(
            "За запитом «checkpont» нічого не знайдено. Показано результати для «checkpoint»."
        ),
        "{page}"
    );
}

/// Issue 19: an index written by an older Parley (another schema) is not an error at start:
/// `Search::open` starts a new generation, drops the old one, and the indexer fills the new one
/// from the outbox, so every published case is found again — and nothing unpublished is.
#[tokio::test]
async fn an_index_of_an_older_schema_is_replaced_and_refilled() {
    use parley::search::{Search, read_pointer, write_pointer};
    use tantivy::schema::{STORED, Schema, TEXT};

    let app = spawn_app().await;
    let (author, moderator) = (
        app.person(Role::Member).await,
        app.person(Role::Moderator).await,
    );
    let ids = publish_corpus(&app, &author, &moderator).await;

    // An index the way an older version left it: a different schema, named by the pointer.
    let root = tempfile::tempdir().unwrap();
    {
        let mut builder = Schema::builder();
        let title = builder.add_text_field("title", TEXT | STORED);
        let old = tantivy::Index::create_in_dir(
            {
                std::fs::create_dir_all(root.path().join("gen-20200101000000-0ld5c4e3")).unwrap();
                root.path().join("gen-20200101000000-0ld5c4e3")
            },
            builder.build(),
        )
        .unwrap();
        let mut writer: tantivy::IndexWriter = old.writer(15_000_000).unwrap();
        writer
            .add_document(tantivy::doc!(title => "an old document"))
            .unwrap();
        writer.commit().unwrap();
    }
    write_pointer(root.path(), "gen-20200101000000-0ld5c4e3").unwrap();

    let search = Search::open(root.path()).expect("an old index does not stop the start");
    let live = read_pointer(root.path()).unwrap();
    assert_ne!(
        live, "gen-20200101000000-0ld5c4e3",
        "a new generation is live"
    );
    assert!(
        !root.path().join("gen-20200101000000-0ld5c4e3").exists(),
        "the old one is gone"
    );
    let index = search.index();
    loop {
        let shared = index.clone();
        let n = app
            .state
            .run(move |conn, _| catch_up(conn, &shared, 100, true))
            .await
            .unwrap();
        if n == 0 {
            break;
        }
    }
    assert_eq!(index.all_ids().unwrap(), published_ids(&app).await);
    for id in ids.values() {
        assert!(index.all_ids().unwrap().contains(id), "{id} is found again");
    }
}

/// Issue 22: a member who searches in her language finds the stories told in the others —
/// through the field's glossary, not the labels (these cases are filed under "other") — below
/// the stories in her own words, with the other language's word marked in the snippet.
#[tokio::test]
async fn a_word_finds_the_same_concept_in_the_other_languages_below_her_own_words() {
    let app = spawn_app().await;
    let (author, moderator, reader) = (
        app.person(Role::Member).await,
        app.person(Role::Moderator).await,
        app.person(Role::Member).await,
    );
    let doc = |key: &str, lang: &str, title: &str, body: &str| {
        json!({
            "key": key, "lang": lang, "kind": "case_study", "title": title,
            "lessons": "Keep the list of names short.", "body": body, "country": "UA",
            "region": null, "contexts": ["other"], "counterparts": ["other"],
            "outcome": "partial", "year": 2023, "tags": [],
        })
    };
    let corpus = json!({"documents": [
        doc("en", "en", "Buses at dawn", "The evacuation of the care home started at dawn after two days of talks."),
        doc("uk", "uk", "Автобуси на світанку", "Евакуація будинку престарілих почалася на світанку."),
        doc("pl", "pl", "Autobusy o świcie", "Ewakuacja domu opieki zaczęła się o świcie."),
        doc("ro", "ro", "Autobuze în zori", "Evacuarea căminului de bătrâni a început în zori."),
        doc("checkpoint", "en", "Six hours at the checkpoint", "The soldiers at the checkpoint kept our truck for six hours."),
        doc("unrelated", "en", "Reporting dates", "The donor moved the reporting date."),
    ]});
    let ids = publish_documents(&app, &author, &moderator, &corpus).await;
    let key_of: HashMap<i64, &str> = ids.iter().map(|(k, v)| (*v, k.as_str())).collect();
    let found = |body: &Value| -> Vec<&str> {
        body["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| key_of[&h["id"].as_i64().unwrap()])
            .collect()
    };

    let (status, body) = app.search_api(&reader, "evacuation").await;
    assert_eq!(status, StatusCode::OK);
    let keys = found(&body);
    assert_eq!(keys.first(), Some(&"en"), "her own words first: {keys:?}");
    for other in ["uk", "pl", "ro"] {
        assert!(keys.contains(&other), "evacuation → {other}: {keys:?}");
    }
    assert!(!keys.contains(&"unrelated") && !keys.contains(&"checkpoint"));
    let uk_hit = body["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == ids["uk"])
        .unwrap();
    assert!(
        uk_hit["snippet_html"]
            .as_str()
            .unwrap()
            .contains("<mark>Евакуація</mark>"),
        "{uk_hit}"
    );

    // And from the other side, inflected, in Cyrillic: the English checkpoint story.
    let (_, body) = app.search_api(&reader, "блокпостах").await;
    assert_eq!(found(&body), ["checkpoint"]);
    // A function word is not asked of stories in other languages.
    let (_, body) = app.search_api(&reader, "evacuation of the care home").await;
    let keys = found(&body);
    assert_eq!(keys.first(), Some(&"en"), "{keys:?}");
    assert_eq!(body["relaxed"], false);
}

/// A snippet is the passage where the searched word is, with the word marked and everything
/// else of the text escaped: the published text is the author's (anonymised), never markup.
#[tokio::test]
async fn a_snippet_marks_the_word_where_it_is_and_escapes_the_rest() {
    let app = spawn_app().await;
    let (author, moderator, reader) = (
        app.person(Role::Member).await,
        app.person(Role::Moderator).await,
        app.person(Role::Member).await,
    );
    // The word is far into a long text: the snippet is where it is, not the beginning.
    let opening = "We met the district council every week about rent and heating. ".repeat(12);
    let body = format!(
        "{opening}Then the costs were 5 < 7 & the `<b>zebrafuel</b>` plan worked <img src=x onerror=alert(1)> for everyone."
    );
    let id = app.submit_case(&author, "Heating talks", &body).await;
    let published = app.publish(&moderator, id, "Heating talks", &body).await;
    assert_eq!(published.status(), StatusCode::OK);
    app.wait_indexed().await;

    let (status, found) = app.search_api(&reader, "zebrafuel").await;
    assert_eq!(status, StatusCode::OK, "{found}");
    assert_eq!(found["total"], 1, "{found}");
    let snippet = found["hits"][0]["snippet_html"].as_str().unwrap();
    assert!(snippet.contains("<mark>zebrafuel</mark>"), "{snippet}");
    assert!(
        !snippet.starts_with("We met"),
        "the passage of the word: {snippet}"
    );
    let unmarked = snippet.replace("<mark>", "").replace("</mark>", "");
    assert!(
        !unmarked.contains('<') && !unmarked.contains('>'),
        "{snippet}"
    );
    assert!(
        snippet.chars().count() < 400,
        "a passage, not the text: {snippet}"
    );
}

/// A page of hits is kept for its search until the index changes: asked twice it is the same
/// page; after a publication the same words show the new case at once, and a page kept for a
/// cohort's member is never another reader's (see `cohorts.rs` for the reach).
#[tokio::test]
async fn a_kept_page_of_hits_gives_way_to_a_new_publication() {
    let app = spawn_app().await;
    let (author, moderator, reader) = (
        app.person(Role::Member).await,
        app.person(Role::Moderator).await,
        app.person(Role::Member).await,
    );
    let word = format!("zqk{}", crate::harness::random_suffix());
    let first = app
        .submit_case(&author, "The first ferry", &format!("We asked for {word}."))
        .await;
    let ok = app
        .publish(
            &moderator,
            first,
            "The first ferry",
            &format!("We asked for {word}."),
        )
        .await;
    assert_eq!(ok.status(), StatusCode::OK);
    app.wait_indexed().await;
    let titles = crate::cohorts::titles_of;
    let (_, once) = app.search_api(&reader, &word).await;
    let (_, twice) = app.search_api(&reader, &word).await;
    assert_eq!(titles(&once), vec!["The first ferry"]);
    assert_eq!(once["hits"], twice["hits"], "the same page, asked again");

    let second = app
        .submit_case(
            &author,
            "The second ferry",
            &format!("Again {word}, twice: {word}."),
        )
        .await;
    let ok = app
        .publish(
            &moderator,
            second,
            "The second ferry",
            &format!("Again {word}, twice: {word}."),
        )
        .await;
    assert_eq!(ok.status(), StatusCode::OK);
    app.wait_indexed().await;
    let (_, after) = app.search_api(&reader, &word).await;
    assert_eq!(after["total"], 2, "{after}");
    let mut shown = titles(&after);
    shown.sort();
    assert_eq!(shown, vec!["The first ferry", "The second ferry"]);
}
