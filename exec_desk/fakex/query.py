"""The recent-search query language, simplified: keywords, "phrases", from:/to:/@/#/$, is:, has:, lang:, OR,
negation with `-` and parentheses. Terms side by side must all match (AND binds tighter than OR).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from exec_desk.fakex.model import FakePost
from exec_desk.fakex.world import World

Matcher = Callable[[FakePost], bool]
TOKEN_RE = re.compile(r'\s*(\(|\)|"[^"]*"|-(?=[^\s()])|[^\s()"]+)')
WORD_RE = re.compile(r"\w+")
_OPERATOR = re.compile(r"[a-z][a-z_]*")  # from:, is:, conversation_id:, retweets_of:...
MAX_LENGTH = 512


class QueryError(ValueError):
    """The query cannot be parsed; the message is X's wording."""


def _tokens(query: str) -> list[str]:
    tokens: list[str] = []
    position = 0
    while position < len(query):
        match = TOKEN_RE.match(query, position)
        if match is None:
            if query[position:].strip():
                raise QueryError(f"Unbalanced quotes near position {position}")
            break
        tokens.append(match.group(1))
        position = match.end()
    return tokens


class _Parser:
    def __init__(self, world: World, tokens: list[str]) -> None:
        self.world = world
        self.tokens = tokens
        self.position = 0
        self.positive_terms = 0

    def peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> str:
        token = self.tokens[self.position]
        self.position += 1
        return token

    def parse_or(self, negated: bool = False) -> Matcher:
        branches = [self.parse_and(negated)]
        while self.peek() == "OR":
            self.take()
            branches.append(self.parse_and(negated))
        if len(branches) == 1:
            return branches[0]
        return lambda post: any(branch(post) for branch in branches)

    def parse_and(self, negated: bool) -> Matcher:
        parts: list[Matcher] = []
        while (token := self.peek()) is not None and token not in (")", "OR"):
            parts.append(self.parse_unary(negated))
        if not parts:
            raise QueryError("Expected a term")
        if len(parts) == 1:
            return parts[0]
        return lambda post: all(part(post) for part in parts)

    def parse_unary(self, negated: bool) -> Matcher:
        token = self.take()
        if token == "-":
            inner = self.parse_unary(not negated)
            return lambda post: not inner(post)
        if token == "(":
            inner = self.parse_or(negated)
            if self.peek() != ")":
                raise QueryError("Missing closing parenthesis")
            self.take()
            return inner
        if token == ")":
            raise QueryError("Unexpected closing parenthesis")
        if not negated and not token.startswith(("is:", "has:", "lang:")):
            self.positive_terms += 1
        return self.term(token)

    def term(self, token: str) -> Matcher:
        world = self.world
        if token.startswith('"'):
            phrase = token.strip('"').lower()
            return lambda post: phrase in post.text.lower()
        if token.startswith("@") and len(token) > 1:
            name = token[1:].lower()
            return lambda post: any(m.username.lower() == name for m in post.mentions)
        if token.startswith(("#", "$")) and len(token) > 1:
            tag = token[1:].lower()
            return lambda post: any(t.tag.lower() == tag for t in post.hashtags + post.cashtags)
        operator, colon, value = token.partition(":")
        if colon and value and _OPERATOR.fullmatch(operator):
            return self.operator(operator, value.strip('"').lower(), world)
        word = token.lower()
        if WORD_RE.fullmatch(word):
            return lambda post: word in {w.lower() for w in WORD_RE.findall(post.text)}
        return lambda post: word in post.text.lower()

    def operator(self, name: str, value: str, world: World) -> Matcher:
        if name == "from":
            return lambda post: world.accounts[post.author_id].username.lower() == value or post.author_id == value
        if name == "to":
            target = world.resolve_username(value) or value
            return lambda post: post.in_reply_to_user_id == target
        if name == "lang":
            return lambda post: post.lang == value
        if name == "conversation_id":  # the replies of the conversation; X does not return the post that started it
            return lambda post: str(post.conversation_id) == value and post.sid != value
        if name == "url":
            return lambda post: any(value in u.expanded.lower() for u in post.urls)
        if name == "retweets_of":
            target = world.resolve_username(value) or value
            return lambda post: (
                post.retweet_of is not None
                and ((original := world.get(post.retweet_of)) is not None and original.author_id == target)
            )
        checks: dict[tuple[str, str], Matcher] = {
            ("is", "retweet"): lambda post: post.retweet_of is not None,
            ("is", "reply"): lambda post: post.reply_to is not None,
            ("is", "quote"): lambda post: post.quote_of is not None,
            ("is", "verified"): lambda post: world.accounts[post.author_id].verified,
            ("has", "links"): lambda post: any(u.media_key is None for u in post.urls),
            ("has", "media"): lambda post: bool(post.media_keys),
            ("has", "images"): lambda post: any(k.startswith("3_") for k in post.media_keys),
            ("has", "videos"): lambda post: any(k.startswith("7_") for k in post.media_keys),
            ("has", "mentions"): lambda post: bool(post.mentions),
            ("has", "hashtags"): lambda post: bool(post.hashtags),
        }
        check = checks.get((name, value))
        if check is None:
            raise QueryError(f"Reference to invalid operator '{name}:{value}'")
        return check


def parse(world: World, query: str) -> Matcher:
    """A predicate for `query`, or `QueryError` with X's explanation."""
    if not query.strip():
        raise QueryError("The query can not be empty")
    if len(query) > MAX_LENGTH:
        raise QueryError(f"Query length must be at most {MAX_LENGTH} characters")
    parser = _Parser(world, _tokens(query))
    matcher = parser.parse_or()
    if parser.peek() is not None:
        raise QueryError(f"Unexpected '{parser.peek()}'")
    if parser.positive_terms == 0:
        raise QueryError("A query needs at least one non-negated standalone operator (is:, has: and lang: are not)")
    return matcher
