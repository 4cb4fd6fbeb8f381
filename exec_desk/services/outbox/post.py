"""The outbox's post operation: a post, or a thread sent part by part, with its media uploaded first.

Payload: a `core.payloads.PostPayload` (the composer's parts and media, or the older form's one text and media
uploaded beforehand).

Steps, each recorded in the item's progress as soon as it is done: the media uploads (`media.MediaSteps`:
images in one request, a GIF or a video in chunks, then X's processing waited for, the post staying in the outbox
until it has succeeded; their ids kept for a day, X's limit, so a retry does not upload them again), then the
parts in order, part 1 with the media and the quote, each later part a reply to the one before. A failure or a
crash part-way resumes with the next step; a sent part is never sent again.

After an uncertain step the part in flight is looked for among the user's posts made since the part before it (or
since the item was queued: a `since_id` made from that time, so that posts sent meanwhile cannot push it out of
sight) by its text and the post it replies to (posts older than the item do not count: the same words said
yesterday are not this post). X rewrites
every link to t.co (and escapes `&`, `<`, `>`), so texts are compared with the links removed, HTML entities decoded,
NFC-normalised and with whitespace collapsed. X refusing a part as a duplicate of a recent post is checked the same
way: found, it is taken as sent; not found, the post fails with that reason. A post another outbox item already
holds (its remote id or a sent part) is never taken: the same text queued twice must not end with two items "sent"
with one id (the second fails as a duplicate and goes back to the drafts). The reasons are `Message`s of templates
marked with `QT_TRANSLATE_NOOP("Outbox", ...)` (`operations.said`); the outbox window shows them translated.
"""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import timedelta

from exec_desk.backends.base import XBackend
from exec_desk.core import errors
from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Message
from exec_desk.core.payloads import MediaRef, Payload, PostPayload
from exec_desk.core.snowflake import snowflake_at
from exec_desk.core.text import extract_urls
from exec_desk.services.outbox.media import CHUNK_SIZE, MediaSteps
from exec_desk.services.outbox.operations import (
    VERIFY_WINDOW,
    Leftover,
    Progress,
    Refused,
    failure_words,
    payload_of,
    said,
)
from exec_desk.storage.records import DraftMedia

#: How far X's clock may be behind ours when telling a post made before the item was queued.
CLOCK_SKEW = timedelta(minutes=2)
#: The most of the user's posts made since the item was queued that are read to find it (an owned read: only
#: what is returned is paid for, usually a few).
FIND_WINDOW = 100
_LINK = re.compile(r"https?://\S+", re.IGNORECASE)
DUPLICATE = QT_TRANSLATE_NOOP(
    "Outbox", "X refused it as a copy of one of your recent posts, so it was not posted again."
)
NO_QUOTES = QT_TRANSLATE_NOOP("Outbox", "X refused the quote: your X plan does not allow quoting posts.")
NO_REPLIES = QT_TRANSLATE_NOOP(
    "Outbox", "X refused the reply: your X plan lets you reply only when the author mentioned or quoted you."
)
NO_POSTS = QT_TRANSLATE_NOOP("Outbox", "X refused the post: your X plan does not allow it.")
GONE = {
    "reply": QT_TRANSLATE_NOOP("Outbox", "The post your reply answers no longer exists."),
    "quote": QT_TRANSLATE_NOOP("Outbox", "The post your quote answers no longer exists."),
    "post": QT_TRANSLATE_NOOP("Outbox", "A post it needs is gone."),
}
SIGNED_OUT = QT_TRANSLATE_NOOP(
    "Outbox", "X refused your sign-in: sign in again (tray menu, Account…), then send it from your drafts."
)
NO_ANSWER = QT_TRANSLATE_NOOP("Outbox", "X did not answer, even after several tries.")
REJECTED = {
    "reply": QT_TRANSLATE_NOOP("Outbox", "X rejected the reply."),
    "quote": QT_TRANSLATE_NOOP("Outbox", "X rejected the quote."),
    "post": QT_TRANSLATE_NOOP("Outbox", "X rejected the post."),
}
REJECTED_BECAUSE = {
    "reply": QT_TRANSLATE_NOOP("Outbox", "X rejected the reply: {detail}"),
    "quote": QT_TRANSLATE_NOOP("Outbox", "X rejected the quote: {detail}"),
    "post": QT_TRANSLATE_NOOP("Outbox", "X rejected the post: {detail}"),
}


def comparable(text: str) -> str:
    """A post's text as X would give it back, for matching: links removed (X rewrites them to t.co), HTML entities
    decoded, NFC, whitespace collapsed."""
    plain = _LINK.sub(" ", unicodedata.normalize("NFC", html.unescape(text)))
    if "." in plain:
        for url in sorted(set(extract_urls(plain)), key=len, reverse=True):  # bare domains count as links too
            plain = plain.replace(url, " ")
    return " ".join(plain.split())


def _sent(progress: Progress) -> list[str]:
    return [str(i) for i in progress.data.get("sent") or ()]


def _is_duplicate(error: errors.XError) -> bool:
    return isinstance(error, errors.ForbiddenByTier) and "duplicate" in str(error).lower()


class PostOperation:
    """Sends posts and threads; see the module docstring. `chunk_size`: of GIF and video uploads."""

    def __init__(self, chunk_size: int = CHUNK_SIZE) -> None:
        self.media = MediaSteps(chunk_size)

    def send(self, backend: XBackend, payload: Payload, progress: Progress) -> str | None:
        plan = payload_of(payload, PostPayload)
        sent = _sent(progress)
        media_ids = [*plan.media_ids, *self.media.upload(backend, plan.media, progress)] if not sent else []
        for index in range(len(sent), len(plan.parts)):
            first = index == 0
            try:
                post_id = backend.create_post(
                    plan.parts[index],
                    reply_to=sent[-1] if sent else plan.reply_to,
                    quote_of=plan.quote_of if first else None,
                    media_ids=media_ids if first else (),
                ).id
            except errors.ForbiddenByTier as exc:
                if not _is_duplicate(exc):
                    raise
                found = self._find(backend, plan, sent, progress)
                if found is None:
                    raise Refused(said(DUPLICATE)) from exc
                post_id = found
            sent.append(str(post_id))
            progress.record(sent=sent)
        return sent[0] if sent else None

    def _find(self, backend: XBackend, plan: PostPayload, sent: list[str], progress: Progress) -> str | None:
        """The id of the part after `sent` among the user's latest posts (none older than the item), if there."""
        index = len(sent)
        oldest = None if progress.since is None else progress.since - CLOCK_SKEW
        wanted = comparable(plan.parts[index])
        reply_to = sent[-1] if sent else plan.reply_to
        # Only what was posted since the part before (or since the item was queued): however many posts went out
        # while this one waited to be checked, it is among them (the latest ten alone could miss it).
        since_id = sent[-1] if sent else (None if oldest is None else snowflake_at(oldest))
        page = backend.own_posts(since_id=since_id, max_results=VERIFY_WINDOW if since_id is None else FIND_WINDOW)
        for post in page.posts:
            if post.retweet_of is not None or post.id in sent or post.reply_to != reply_to:
                continue
            if oldest is not None and post.created_at < oldest:
                continue  # the same words posted before this was queued ("Good morning, team!"): not this one
            if index == 0 and plan.has_media and not post.media_keys and not wanted:
                continue  # a picture alone: only a post with media is it
            if comparable(post.text) == wanted and not progress.taken(post.id):  # another item's post is not it
                return post.id
        return None

    def verify(self, backend: XBackend, payload: Payload, progress: Progress) -> bool:
        plan = payload_of(payload, PostPayload)
        sent = _sent(progress)
        if len(sent) >= len(plan.parts):
            return True  # the last part landed and was recorded; only the final state was not
        if not sent and len(progress.data.get("media_ids") or ()) < len(plan.media):
            return False  # stopped while uploading its media: part 1 cannot have gone (no read needed)
        found = self._find(backend, plan, sent, progress)
        if found is not None:
            progress.record(sent=[*sent, found])
        return found is not None

    def finished(self, payload: Payload, progress: Progress) -> bool:
        return len(_sent(progress)) >= len(payload_of(payload, PostPayload).parts)

    def remote_id(self, payload: Payload, progress: Progress) -> str | None:
        sent = _sent(progress)
        return sent[0] if sent else None

    def leftover(self, payload: Payload, progress: Progress, error: BaseException | None) -> Leftover | None:
        """The parts not sent yet: a reply to the last sent part (media only when nothing was sent)."""
        plan = payload_of(payload, PostPayload)
        sent = _sent(progress)
        rest = plan.parts[len(sent) :]
        if not rest:
            return None
        gone = isinstance(error, errors.NotFound)  # the post it answers is gone: the rest becomes a plain post
        reply_to = None if gone else (sent[-1] if sent else plan.reply_to)
        media = () if sent else tuple(_draft_media(m) for m in plan.media)
        if len(plan.parts) > 1:  # a thread: the numbering goes; the composer numbers the rest again
            from exec_desk.core.compose import join_parts  # twitter-text: not imported with the sender

            text = join_parts(rest)
        else:
            text = rest[0]
        return Leftover(text, (), media, reply_to, None if sent or gone else plan.quote_of)

    def failure_words(self, payload: Payload, error: BaseException) -> Message:
        plan = payload_of(payload, PostPayload)
        what = "reply" if plan.reply_to else "quote" if plan.quote_of else "post"
        if isinstance(error, errors.ForbiddenByTier):
            return said(NO_QUOTES if plan.quote_of else NO_REPLIES if plan.reply_to else NO_POSTS)
        if isinstance(error, errors.NotFound):
            return said(GONE[what])
        if isinstance(error, errors.AuthExpired | errors.AuthRevoked):
            return said(SIGNED_OUT)
        if isinstance(error, errors.Transient):
            return said(NO_ANSWER)
        if isinstance(error, errors.InvalidRequest):
            detail = re.sub(r"^HTTP \d+:\s*", "", str(error)).strip()
            return said(REJECTED_BECAUSE[what], detail=detail) if detail and len(detail) < 160 else said(REJECTED[what])
        return failure_words(error)


def _draft_media(item: MediaRef) -> DraftMedia:
    return DraftMedia(item.path, item.mime_type, item.alt_text or None)
