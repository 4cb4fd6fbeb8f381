<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ComposerForm</name>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/composer/form.py" line="238"/>
        <source>%n character(s) too many. Shorten it, or &lt;a href=&quot;thread&quot;&gt;send it as a thread of {n} posts&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n character too many. Shorten it, or &lt;a href=&quot;thread&quot;&gt;send it as a thread of {n} posts&lt;/a&gt;.</numerusform>
            <numerusform>%n characters too many. Shorten it, or &lt;a href=&quot;thread&quot;&gt;send it as a thread of {n} posts&lt;/a&gt;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckPage</name>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/deck/page.py" line="204"/>
        <source>%n proposal(s) from your team</source>
        <translation>
            <numerusform>%n proposal from your team</numerusform>
            <numerusform>%n proposals from your team</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="76"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetcher</name>
    <message numerus="yes">
        <location filename="../../exec_desk/services/fetcher.py" line="264"/>
        <source>Fetching %Ln source(s)…</source>
        <translation>
            <numerusform>Fetching %Ln source…</numerusform>
            <numerusform>Fetching %Ln sources…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/account/first_run.py" line="112"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/outbox/window.py" line="129"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/outbox/window.py" line="296"/>
        <source>%n could not be sent; select it to see why.</source>
        <translation>
            <numerusform>%n could not be sent; select it to see why.</numerusform>
            <numerusform>%n could not be sent; select it to see why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostDetail</name>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/detail.py" line="71"/>
        <source>%n other post(s) with the same link or words folded into this one.</source>
        <translation>
            <numerusform>%n other post with the same link or words folded into this one.</numerusform>
            <numerusform>%n other posts with the same link or words folded into this one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/detail.py" line="121"/>
        <source>%n earlier post(s) and the replies are not on this computer.</source>
        <translation>
            <numerusform>%n earlier post and the replies are not on this computer.</numerusform>
            <numerusform>%n earlier posts and the replies are not on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/detail.py" line="123"/>
        <source>%n earlier post(s) are not on this computer.</source>
        <translation>
            <numerusform>%n earlier post are not on this computer.</numerusform>
            <numerusform>%n earlier posts are not on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/detail.py" line="128"/>
        <source>a lookup of %n post(s) by id</source>
        <translation>
            <numerusform>a lookup of %n post by id</numerusform>
            <numerusform>a lookup of %n posts by id</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/detail.py" line="130"/>
        <source>a conversation search, %n (reply|replies) at most</source>
        <translation>
            <numerusform>a conversation search, %n reply at most</numerusform>
            <numerusform>a conversation search, %n replies at most</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RadarDesk</name>
    <message numerus="yes">
        <location filename="../../exec_desk/app/radar.py" line="111"/>
        <source>and %n more waiting for an answer</source>
        <translation>
            <numerusform>and %n more waiting for an answer</numerusform>
            <numerusform>and %n more waiting for an answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentTab</name>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/outbox/sent.py" line="166"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/actions.py" line="146"/>
        <source>{shown} of %Ln post(s)</source>
        <translation>
            <numerusform>{shown} of %Ln post</numerusform>
            <numerusform>{shown} of %Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/actions.py" line="149"/>
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln post</numerusform>
            <numerusform>%Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/actions.py" line="155"/>
        <source>%Ln retweeted</source>
        <translation>
            <numerusform>%Ln retweeted</numerusform>
            <numerusform>%Ln retweeted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionHistory</name>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/history.py" line="33"/>
        <source>Session {start}–{end} done: %n post(s) read, {amplified} retweeted, {posted} posted</source>
        <translation>
            <numerusform>Session {start}–{end} done: %n post read, {amplified} retweeted, {posted} posted</numerusform>
            <numerusform>Session {start}–{end} done: %n posts read, {amplified} retweeted, {posted} posted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/window.py" line="405"/>
        <source>Added %n minute(s).</source>
        <translation>
            <numerusform>Added %n minute.</numerusform>
            <numerusform>Added %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="350"/>
        <source>Removed, with its %n source(s); it is saved with the settings.</source>
        <translation>
            <numerusform>Removed, with its %n source; it is saved with the settings.</numerusform>
            <numerusform>Removed, with its %n sources; it is saved with the settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/summary.py" line="22"/>
        <source>%n s</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/summary.py" line="25"/>
        <source>%n min</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/summary.py" line="51"/>
        <source>The %n other post(s) come back in your next session.</source>
        <translation>
            <numerusform>The %n other post come back in your next session.</numerusform>
            <numerusform>The %n other posts come back in your next session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/summary.py" line="155"/>
        <source>of %n post(s) in this session</source>
        <translation>
            <numerusform>of %n post in this session</numerusform>
            <numerusform>of %n posts in this session</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="85"/>
        <source>%n min</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="87"/>
        <source>%n h</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="89"/>
        <source>%n d</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="118"/>
        <source>%Ln (reply|replies)</source>
        <comment>metrics</comment>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="119"/>
        <source>%Ln retweet(s)</source>
        <comment>metrics</comment>
        <translation>
            <numerusform>%Ln retweet</numerusform>
            <numerusform>%Ln retweets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="120"/>
        <source>%Ln like(s)</source>
        <comment>metrics</comment>
        <translation>
            <numerusform>%Ln like</numerusform>
            <numerusform>%Ln likes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="121"/>
        <source>%Ln quote(s)</source>
        <comment>metrics</comment>
        <translation>
            <numerusform>%Ln quote</numerusform>
            <numerusform>%Ln quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="135"/>
        <source>Retweeted by {name} and %n other(s)</source>
        <translation>
            <numerusform>Retweeted by {name} and %n other</numerusform>
            <numerusform>Retweeted by {name} and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="148"/>
        <source>%n similar post(s) folded in</source>
        <translation>
            <numerusform>%n similar post folded in</numerusform>
            <numerusform>%n similar posts folded in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/tray.py" line="342"/>
        <source>Session running: %n min left</source>
        <translation>
            <numerusform>Session running: %n min left</numerusform>
            <numerusform>Session running: %n min left</numerusform>
        </translation>
    </message>
</context>
</TS>
