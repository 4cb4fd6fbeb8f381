"""Smoke test: tweepy's own HTTP code talks to the fake through the routing adapter, OAuth 2.0 and OAuth 1.0a."""

from __future__ import annotations

import pytest
import tweepy

from exec_desk.backends.routing import route_session
from exec_desk.fakex import FakeXServer


def test_tweepy_with_a_bearer_token(shared_server: FakeXServer) -> None:
    client = tweepy.Client(bearer_token=shared_server.auth.oauth2_access_token)
    route_session(client.session, shared_server.base_url)
    try:
        me = client.get_me(user_auth=False)
        assert me.data.username == "claire_exec"
        page = client.get_home_timeline(
            user_auth=False,
            max_results=20,
            expansions=["author_id", "referenced_tweets.id", "attachments.media_keys"],
            tweet_fields=["author_id", "created_at", "public_metrics", "entities", "referenced_tweets"],
            user_fields=["profile_image_url"],
            media_fields=["url", "alt_text"],
        )
        assert len(page.data) == 20 and page.meta["result_count"] == 20
        authors = {user.id for user in page.includes["users"]}
        assert all(tweet.author_id in authors for tweet in page.data)
        assert all(tweet.created_at is not None for tweet in page.data)
        with pytest.raises(tweepy.Forbidden):
            client.like(page.data[0].id, user_auth=False)
    finally:
        client.session.close()


def test_tweepy_with_oauth1_keys(shared_server: FakeXServer) -> None:
    keys = shared_server.auth.oauth1
    client = tweepy.Client(**keys)
    route_session(client.session, shared_server.base_url)
    try:
        created = client.create_tweet(text="Hello from OAuth 1.0a")
        assert created.data["text"] == "Hello from OAuth 1.0a"
        mine = client.get_users_tweets(shared_server.user_id, user_auth=True, max_results=5)
        assert mine.data[0].id == int(created.data["id"])
        client.delete_tweet(created.data["id"])
        with pytest.raises(tweepy.Unauthorized):
            tweepy_bad = tweepy.Client(**{**keys, "access_token_secret": "wrong"})
            route_session(tweepy_bad.session, shared_server.base_url)
            try:
                tweepy_bad.get_me()
            finally:
                tweepy_bad.session.close()
    finally:
        client.session.close()
