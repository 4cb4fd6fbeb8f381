"""Text rules of X posts that do not need a window: URL detection (which sets a post's price)."""

from __future__ import annotations


def extract_urls(text: str) -> list[str]:
    """URLs as X sees them (twitter-text rules, so `example.com` counts as a URL too)."""
    from exec_desk.core.twitter_text_lib import twitter_text  # lazily: its regexes take ~100 ms to compile

    return list(twitter_text().extract_urls(text))


def has_url(text: str) -> bool:
    """Whether X will price this post as "a post with a URL"."""
    return bool(extract_urls(text))
