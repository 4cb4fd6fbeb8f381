<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="53"/>
        <source>API key (consumer key)</source>
        <translation>Clé d&apos;API (consumer key)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="54"/>
        <source>API key secret (consumer secret)</source>
        <translation>Secret de la clé d&apos;API (consumer secret)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="55"/>
        <source>Access token</source>
        <translation>Jeton d&apos;accès (access token)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="56"/>
        <source>Access token secret</source>
        <translation>Secret du jeton d&apos;accès (access token secret)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="63"/>
        <source>Demo — not signed in</source>
        <translation>Démo — non connecté</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="64"/>
        <source>Signed in as @{username} ({name})</source>
        <translation>Connecté en tant que @{username} ({name})</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="73"/>
        <source>Fill in the {label}.</source>
        <translation>Renseignez le champ « {label} ».</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="75"/>
        <source>The {label} contains spaces or line breaks; paste it again as one word.</source>
        <translation>Le champ « {label} » contient des espaces ou des retours à la ligne ; collez-le de nouveau, d&apos;un seul tenant.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="79"/>
        <source>The {label} contains characters X never puts in keys; paste it again.</source>
        <translation>Le champ « {label} » contient des caractères que X ne met jamais dans ses clés ; collez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="99"/>
        <source>Exec Desk — Account</source>
        <translation>Exec Desk — Compte</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="113"/>
        <source>Sign in with X</source>
        <translation>Se connecter avec X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="114"/>
        <source>OAuth 1.0a keys</source>
        <translation>Clés OAuth 1.0a</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="115"/>
        <source>Set-up guide</source>
        <translation>Guide de configuration</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="116"/>
        <location filename="../../exec_desk/ui/account/dialog.py" line="117"/>
        <source>Ways to sign in, and the set-up guide</source>
        <translation>Façons de se connecter, et guide de configuration</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="124"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="149"/>
        <source>Keys from the X developer portal (the app&apos;s Keys and tokens page, Read and write).</source>
        <translation>Clés du portail développeur X (page « Keys and tokens » de l&apos;application, droits Read and write).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="160"/>
        <source>Check and sa&amp;ve keys</source>
        <translation>&amp;Vérifier et enregistrer les clés</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="215"/>
        <source>Signing in needs the system keyring, which is not usable here. {error}</source>
        <translation>La connexion a besoin du trousseau du système, qui n&apos;est pas utilisable ici. {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="220"/>
        <source>The keyring could not be checked: {error}</source>
        <translation>Impossible de vérifier le trousseau : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="227"/>
        <source>Enter the Client ID of your X developer app first.</source>
        <translation>Saisissez d&apos;abord le Client ID de votre application développeur X.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="241"/>
        <source>Opening X&apos;s consent page in your browser…</source>
        <translation>Ouverture de la page d&apos;autorisation de X dans votre navigateur…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="249"/>
        <source>Approve Exec Desk on X&apos;s page in your browser, then come back here.</source>
        <translation>Autorisez Exec Desk sur la page de X dans votre navigateur, puis revenez ici.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="251"/>
        <source>No browser could be opened: copy the address below into a browser.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert : copiez l&apos;adresse ci-dessous dans un navigateur.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="262"/>
        <source>Checking the address with X…</source>
        <translation>Vérification de l&apos;adresse auprès de X…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="268"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="288"/>
        <source>Checking the keys with X…</source>
        <translation>Vérification des clés auprès de X…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="304"/>
        <source>Testing the connection with X…</source>
        <translation>Test de la connexion avec X…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="315"/>
        <source>The test could not run: {error}</source>
        <translation>Le test n&apos;a pas pu se faire : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="327"/>
        <source>Signed in as @{username}. Exec Desk now uses this account.</source>
        <translation>Connecté en tant que @{username}. Exec Desk utilise désormais ce compte.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="335"/>
        <source>Sign-in was cancelled. Nothing was saved.</source>
        <translation>La connexion a été annulée. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="339"/>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="342"/>
        <source>{error} Nothing was saved.</source>
        <translation>{error} Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="347"/>
        <source>Sign-in failed. {reason} Nothing was saved. (Set-up guide: {item})</source>
        <translation>La connexion a échoué. {reason} Rien n&apos;a été enregistré. (Guide de configuration : {item})</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../exec_desk/services/session/actions.py" line="30"/>
        <source>Your X plan cannot like posts; open it on x.com instead.</source>
        <translation>Votre formule X ne permet pas d&apos;aimer des publications ; ouvrez-la plutôt sur x.com.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/session/actions.py" line="31"/>
        <source>Your X plan cannot quote posts; open it on x.com instead.</source>
        <translation>Votre formule X ne permet pas de citer des publications ; ouvrez-la plutôt sur x.com.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/session/actions.py" line="32"/>
        <source>Your X plan can reply only when the author mentioned you; open it on x.com to reply.</source>
        <translation>Votre formule X ne permet de répondre que si l&apos;auteur vous a mentionné ; ouvrez-la sur x.com pour répondre.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../exec_desk/services/calendar/feed.py" line="152"/>
        <source>Your calendar could not be read ({error}); reminders come every {minutes} minutes meanwhile.</source>
        <translation>Votre agenda n’a pas pu être lu ({error}) ; en attendant, un rappel vient toutes les {minutes} minutes.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/calendar/sources.py" line="189"/>
        <source>Your calendar could not be reached ({error}); its copy of {time} is used.</source>
        <translation>Votre agenda est injoignable ({error}) ; sa copie du {time} est utilisée.</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <location filename="../../exec_desk/core/compose.py" line="64"/>
        <source>Write something first.</source>
        <translation>Écrivez d&apos;abord quelque chose.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/compose.py" line="65"/>
        <source>This is {length} characters; one post holds {max}. Shorten it by {over}, or send it as a thread of {parts} posts.</source>
        <translation>Ce texte fait {length} caractères ; une publication en contient {max}. Raccourcissez-le de {over} ou envoyez-le en fil de {parts} publications.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/compose.py" line="69"/>
        <source>The text holds a character X does not accept ({name}); remove it.</source>
        <translation>Le texte contient un caractère que X n&apos;accepte pas ({name}) ; supprimez-le.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/compose.py" line="70"/>
        <source>an invisible character</source>
        <translation>un caractère invisible</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/post_limits.py" line="57"/>
        <source>The text holds a NUL character (U+0000), which X does not accept; remove it.</source>
        <translation>Le texte contient un caractère NUL (U+0000), que X n&apos;accepte pas ; retirez-le.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/post_limits.py" line="58"/>
        <source>The text holds only invisible characters (spaces, zero-width or direction marks, control characters): nothing would show. Write something, or clear it.</source>
        <translation>Le texte ne contient que des caractères invisibles (espaces, marques de largeur nulle ou de direction, caractères de contrôle) : rien ne s&apos;afficherait. Écrivez quelque chose, ou effacez-le.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/post_limits.py" line="63"/>
        <source>This would be a thread of {parts} posts; a thread holds at most {cap} (Settings → Posting). Shorten it.</source>
        <translation>Ce serait un fil de {parts} publications ; un fil en compte au plus {cap} (Paramètres → Publication). Raccourcissez-le.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/post_limits.py" line="67"/>
        <source>This text is far too long: it has {chars} characters, and a thread of {cap} posts (the most; Settings → Posting) holds at most {most}. Shorten it.</source>
        <translation>Ce texte est beaucoup trop long : il compte {chars} caractères, et un fil de {cap} publications (le maximum ; Paramètres → Publication) en contient au plus {most}. Raccourcissez-le.</translation>
    </message>
</context>
<context>
    <name>ComposeDesk</name>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="62"/>
        <source>Your X plan can reply only when the author mentioned you.</source>
        <translation>Votre formule X ne permet de répondre que si l&apos;auteur vous a mentionné.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="63"/>
        <source>Your X plan cannot quote posts.</source>
        <translation>Votre formule X ne permet pas de citer des publications.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="64"/>
        <source>Your X plan cannot like posts.</source>
        <translation>Votre formule X ne permet pas d&apos;aimer des publications.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="80"/>
        <source>“{text}”</source>
        <translation>« {text} »</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="81"/>
        <source>@{username}: “{text}”</source>
        <translation>@{username} : « {text} »</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="200"/>
        <source>Queued: it goes at {time}. Until then you can undo it from the Outbox.</source>
        <translation>En attente : envoi à {time}. D&apos;ici là, vous pouvez l&apos;annuler depuis la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="212"/>
        <source>It could not be queued ({error}); nothing was sent. Try again.</source>
        <translation>Impossible de la mettre en attente ({error}) ; rien n&apos;a été envoyé. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="243"/>
        <source>That draft was deleted in the meantime.</source>
        <translation>Ce brouillon a été supprimé entre-temps.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="251"/>
        <source>Outbox ({count} waiting)…</source>
        <translation>Boîte d&apos;envoi ({count} en attente)…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="251"/>
        <source>Outbox…</source>
        <translation>Boîte d&apos;envoi…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="253"/>
        <source>Drafts…</source>
        <translation>Brouillons…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="276"/>
        <source>Your post was not sent. {reason}</source>
        <translation>Votre publication n&apos;a pas été envoyée. {reason}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="279"/>
        <source>Your post is on X.</source>
        <translation>Votre publication est sur X.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="279"/>
        <source>Your thread is on X.</source>
        <translation>Votre fil est sur X.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="286"/>
        <source>X refused your sign-in: sign in again from the tray (Account…). Your waiting posts and retweets are kept and sent then.</source>
        <translation>X a refusé votre connexion : reconnectez-vous depuis la zone de notification (Compte…). Vos posts et retweets en attente sont conservés et partiront alors.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="291"/>
        <source>{reason} Your waiting posts and retweets are kept.</source>
        <translation>{reason} Vos posts et retweets en attente sont conservés.</translation>
    </message>
</context>
<context>
    <name>ComposerForm</name>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="67"/>
        <source>New post — Exec Desk</source>
        <translation>Nouvelle publication — Exec Desk</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="76"/>
        <source>What would you like to say?</source>
        <translation>Que voulez-vous dire ?</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="77"/>
        <source>Post text</source>
        <translation>Texte de la publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="78"/>
        <source>Ctrl+Enter sends; Esc hides the composer and keeps the draft.</source>
        <translation>Ctrl+Enter envoie ; Esc masque la fenêtre de rédaction et garde le brouillon.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="85"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="90"/>
        <source>Estimated price</source>
        <translation>Prix estimé</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="92"/>
        <source>X charges {post} a post, {link} a post with a link (pay-per-use prices).</source>
        <translation>X facture {post} par publication, {link} par publication avec un lien (tarifs à l&apos;usage).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="100"/>
        <source>Characters used</source>
        <translation>Caractères utilisés</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="102"/>
        <source>Characters used out of {max}. A link counts as 23; most emoji and Chinese, Japanese or Korean characters count as 2.</source>
        <translation>Caractères utilisés sur {max}. Un lien compte pour 23 ; la plupart des emoji et des caractères chinois, japonais ou coréens comptent pour 2.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="120"/>
        <source>Your last post, on its way to X:</source>
        <translation>Votre dernière publication, en route vers X :</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="132"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="135"/>
        <source>&amp;Thread</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="137"/>
        <source>Split a long text into numbered posts at sentence ends, each a reply to the last.</source>
        <translation>Découpe un long texte en publications numérotées, en fin de phrase, chacune répondant à la précédente.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="140"/>
        <source>&amp;Drafts</source>
        <translation>&amp;Brouillons</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="140"/>
        <source>Your unsent drafts: reopen or delete one.</source>
        <translation>Vos brouillons non envoyés : rouvrez-en un ou supprimez-le.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="142"/>
        <source>&amp;Outbox</source>
        <translation>Boîte d&apos;&amp;envoi</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="142"/>
        <source>What waits to be sent, and when; undo a post until it goes.</source>
        <translation>Ce qui attend d&apos;être envoyé, et quand ; vous pouvez annuler une publication jusqu&apos;à son envoi.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="145"/>
        <location filename="../../exec_desk/ui/composer/form.py" line="215"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="147"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="149"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="149"/>
        <source>Hide the composer; the draft is kept (Esc).</source>
        <translation>Masquer la fenêtre de rédaction ; le brouillon est conservé (Esc).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="181"/>
        <source>{count} posts</source>
        <translation>{count} publications</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="189"/>
        <source>Ctrl+Enter sends · Esc hides and keeps the draft</source>
        <translation>Ctrl+Enter envoie · Esc masque et garde le brouillon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/composer/form.py" line="193"/>
        <source>%n character(s) too many. Shorten it, or &lt;a href=&quot;thread&quot;&gt;send it as a thread of {n} posts&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n caractère en trop. Raccourcissez le texte ou &lt;a href=&quot;thread&quot;&gt;envoyez-le en fil de {n} publications&lt;/a&gt;.</numerusform>
            <numerusform>%n caractères en trop. Raccourcissez le texte ou &lt;a href=&quot;thread&quot;&gt;envoyez-le en fil de {n} publications&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="210"/>
        <source>Est. {price} for {count} posts</source>
        <translation>Env. {price} pour {count} publications</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="210"/>
        <source>Est. {price}</source>
        <translation>Env. {price}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="213"/>
        <source>Send {count} posts {when}</source>
        <translation>Envoyer le fil ({count}) {when}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="213"/>
        <source>Send {count} posts</source>
        <translation>Envoyer le fil ({count})</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="215"/>
        <source>Send {when}</source>
        <translation>Envoyer {when}</translation>
    </message>
</context>
<context>
    <name>ComposerStep</name>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="35"/>
        <source>This thread of {count} posts will cost about {price}, more than the {threshold} above which Exec Desk asks (Settings → Posting). Send it?</source>
        <translation>Ce fil de {count} publications coûtera environ {price}, plus que les {threshold} au-delà desquels Exec Desk demande confirmation (Paramètres → Publication). L&apos;envoyer ?</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="41"/>
        <source>This post will cost about {price}, more than the {threshold} above which Exec Desk asks (Settings → Posting). Send it?</source>
        <translation>Cette publication coûtera environ {price}, plus que les {threshold} au-delà desquels Exec Desk demande confirmation (Paramètres → Publication). L&apos;envoyer ?</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="46"/>
        <source>Send for {price}</source>
        <translation>Envoyer pour {price}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="61"/>
        <source>Open the earlier post</source>
        <translation>Ouvrir la publication précédente</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="64"/>
        <source>Show the outbox</source>
        <translation>Afficher la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="76"/>
        <source>Before sending</source>
        <translation>Avant l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="87"/>
        <source>Keep editing</source>
        <translation>Continuer à écrire</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="89"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="56"/>
        <source>Images, GIFs and videos</source>
        <translation>Images, GIF et vidéos</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="57"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="58"/>
        <source>Attach images, a GIF or a video</source>
        <translation>Joindre des images, un GIF ou une vidéo</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="211"/>
        <source>Left out: {reason}</source>
        <translation>Laissé de côté : {reason}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="285"/>
        <source>Enter answers below · Esc keeps editing</source>
        <translation>Entrée répond ci-dessous · Esc pour continuer à écrire</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="299"/>
        <source>Choose below: post with the link instead, or open it on x.com.</source>
        <translation>Choisissez ci-dessous : publier plutôt avec le lien, ou l&apos;ouvrir sur x.com.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../../exec_desk/services/context.py" line="106"/>
        <source>The local database was damaged; it was set aside as {path}.</source>
        <translation>La base de données locale était endommagée ; elle a été mise de côté sous {path}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="107"/>
        <source>Saved from it: {accounts} account(s), {queued} queued item(s), {drafts} draft(s), {sources} source(s).</source>
        <translation>Récupéré : {accounts} compte(s), {queued} envoi(s) en attente, {drafts} brouillon(s), {sources} source(s).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="110"/>
        <source>Some of it could not be read: {what}.</source>
        <translation>Une partie n’a pas pu être lue : {what}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="111"/>
        <source>Your X account could not be read from it: sign in again (tray menu, Account…).</source>
        <translation>Votre compte X n’a pas pu y être lu : reconnectez-vous (menu de la zone de notification, Compte…).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="114"/>
        <source>Nothing could be read from it: a new, empty database was started.</source>
        <translation>Rien n’a pu y être lu : une nouvelle base vide a été créée.</translation>
    </message>
</context>
<context>
    <name>ContextBar</name>
    <message>
        <location filename="../../exec_desk/ui/composer/context.py" line="63"/>
        <source>Open on x.com ↗</source>
        <translation>Ouvrir sur x.com ↗</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/context.py" line="64"/>
        <source>Open on x.com</source>
        <translation>Ouvrir sur x.com</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/context.py" line="65"/>
        <source>Finish it in x.com&apos;s own composer, in your browser.</source>
        <translation>Terminez-la dans l&apos;éditeur de x.com, dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/context.py" line="76"/>
        <source>Replying to {post}</source>
        <translation>En réponse à {post}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/context.py" line="77"/>
        <source>Quoting {post}</source>
        <translation>Citation de {post}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/context.py" line="78"/>
        <source>With a link to {post}</source>
        <translation>Avec un lien vers {post}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/context.py" line="81"/>
        <source>a post</source>
        <translation>une publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/context.py" line="87"/>
        <source>Your X plan does not let Exec Desk reply to this post.</source>
        <translation>Votre formule X ne permet pas à Exec Desk de répondre à cette publication.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/context.py" line="89"/>
        <source>Your X plan does not let Exec Desk quote posts.</source>
        <translation>Votre formule X ne permet pas à Exec Desk de citer des publications.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/context.py" line="92"/>
        <source>{reason} You can post your text with a link to the post, or finish it on x.com.</source>
        <translation>{reason} Vous pouvez publier votre texte avec un lien vers la publication, ou le terminer sur x.com.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/context.py" line="98"/>
        <source>Post with the link instead — costs {price}</source>
        <translation>Publier plutôt avec le lien — coûte {price}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/context.py" line="100"/>
        <source>Posts your text with a link to the post. X charges {price} for a post with a link (a plain post costs {plain}).</source>
        <translation>Publie votre texte avec un lien vers la publication. X facture {price} une publication avec un lien (une publication simple coûte {plain}).</translation>
    </message>
</context>
<context>
    <name>CountRing</name>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="96"/>
        <source>Length of the post</source>
        <translation>Longueur de la publication</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="61"/>
        <source>An X developer account with credits</source>
        <translation>Un compte développeur X avec des crédits</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="62"/>
        <source>Sign up at console.x.com with the X account that will own the app, and buy credits: X bills every call made through the app to its owner&apos;s developer account (pay-per-use).</source>
        <translation>Inscrivez-vous sur console.x.com avec le compte X qui possédera l&apos;application, et achetez des crédits : X facture chaque appel fait par l&apos;application au compte développeur de son propriétaire (paiement à l&apos;usage).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="70"/>
        <source>App type: Native App (or a confidential app with its client secret)</source>
        <translation>Type d&apos;application : Native App (ou une application confidentielle avec son secret client)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="71"/>
        <source>In the app&apos;s User authentication settings choose Native App: Exec Desk then needs only its OAuth 2.0 Client ID. A Web App or an Automated App or Bot works too if you give Exec Desk its client secret.</source>
        <translation>Dans les réglages « User authentication » de l&apos;application, choisissez Native App : Exec Desk n&apos;a alors besoin que de son Client ID OAuth 2.0. Une Web App ou une Automated App or Bot convient aussi si vous donnez son secret client à Exec Desk.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="79"/>
        <source>Callback URL registered exactly: {callback}</source>
        <translation>Adresse de retour enregistrée à l&apos;identique : {callback}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="80"/>
        <source>Add {callback} to the app&apos;s Callback URI / Redirect URL list. X compares it character for character: 127.0.0.1 (not localhost), the port and /callback must be the same.</source>
        <translation>Ajoutez {callback} à la liste « Callback URI / Redirect URL » de l&apos;application. X la compare caractère par caractère : 127.0.0.1 (pas localhost), le port et /callback doivent être identiques.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="88"/>
        <source>Pay-per-use package and Production environment</source>
        <translation>Offre Pay-per-use et environnement Production</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="89"/>
        <source>In the X Developer Console: Apps → Manage apps → Move to package → Pay-per-use, then move the app to its Production environment.</source>
        <translation>Dans la console développeur X : Apps → Manage apps → Move to package → Pay-per-use, puis passez l&apos;application dans son environnement Production.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="97"/>
        <source>App permissions: Read and write</source>
        <translation>Droits de l&apos;application : Read and write (lecture et écriture)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="98"/>
        <source>Set the app&apos;s permissions to Read and write (no direct messages needed). Exec Desk asks for these scopes: {scopes}.</source>
        <translation>Réglez les droits de l&apos;application sur Read and write (les messages privés ne sont pas nécessaires). Exec Desk demande ces autorisations : {scopes}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="106"/>
        <source>Signed in, secrets in the system keyring</source>
        <translation>Connecté, secrets dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="107"/>
        <source>Sign in with X (Account… in the tray menu, or exec-desk signin). Tokens, keys and a client secret are kept only in the system keyring.</source>
        <translation>Connectez-vous avec X (Compte… dans le menu de la zone de notification, ou exec-desk signin). Jetons, clés et secret client ne sont gardés que dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="115"/>
        <source>X answers: who is signed in (GET /2/users/me)</source>
        <translation>X répond : qui est connecté (GET /2/users/me)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="116"/>
        <source>One call to X says who is signed in. It is a user read: $0.010, charged once per UTC day.</source>
        <translation>Un appel à X dit qui est connecté. C&apos;est une lecture d&apos;utilisateur : 0,010 $, facturée une fois par jour UTC.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="152"/>
        <source>Signing in needs the system keyring, which is not usable: {help}</source>
        <translation>La connexion a besoin du trousseau du système, qui n&apos;est pas utilisable : {help}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="155"/>
        <source>No X account is signed in: sign in with X (Account… in the tray menu, or exec-desk signin).</source>
        <translation>Aucun compte X n&apos;est connecté : connectez-vous avec X (Compte… dans le menu de la zone de notification, ou exec-desk signin).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="161"/>
        <source>Something failed: {error}</source>
        <translation>Quelque chose a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="166"/>
        <source>Port {port} on this computer is used by another program, so X&apos;s answer cannot be received there. Close that program, or choose another sign-in port (in the Account window, Settings → Connection, or exec-desk signin --redirect-port N) and register http://127.0.0.1:N/callback on your X app.</source>
        <translation>Le port {port} de cet ordinateur est utilisé par un autre programme : la réponse de X ne peut pas y être reçue. Fermez ce programme, ou choisissez un autre port de connexion (dans la fenêtre Compte, Paramètres → Connexion, ou exec-desk signin --redirect-port N) et enregistrez http://127.0.0.1:N/callback sur votre application X.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="174"/>
        <source>X did not send your browser back to Exec Desk in time. If X showed “Something went wrong — You weren&apos;t able to give access to the App”, the callback URL registered on your X app is not exactly {callback} (or the Client ID is wrong): register that exact address, then sign in again.</source>
        <translation>X n&apos;a pas renvoyé votre navigateur vers Exec Desk à temps. Si X a affiché « Something went wrong — You weren&apos;t able to give access to the App », l&apos;adresse de retour enregistrée sur votre application X n&apos;est pas exactement {callback} (ou le Client ID est faux) : enregistrez cette adresse exacte, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="182"/>
        <source>X&apos;s sign-in page refused the callback URL {callback} for this Client ID: register that exact address on the X app (and check the Client ID).</source>
        <translation>La page de connexion de X a refusé l&apos;adresse de retour {callback} pour ce Client ID : enregistrez cette adresse exacte sur l&apos;application X (et vérifiez le Client ID).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="192"/>
        <source>The sign-in did not complete: {detail}</source>
        <translation>La connexion n&apos;a pas abouti : {detail}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="199"/>
        <source>This address belongs to another sign-in attempt: paste the address of the latest one.</source>
        <translation>Cette adresse vient d&apos;une autre tentative de connexion : collez l&apos;adresse de la dernière.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="204"/>
        <source>This sign-in is already over: start a new one.</source>
        <translation>Cette connexion est déjà terminée : recommencez.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="206"/>
        <source>Paste the whole address your browser ended on (it contains code=…), or only the code.</source>
        <translation>Collez l&apos;adresse complète sur laquelle votre navigateur s&apos;est arrêté (elle contient code=…), ou seulement le code.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="215"/>
        <source>Your X app is a Web App or an Automated App or Bot (a confidential client): give Exec Desk its client secret, or change the app&apos;s type to Native App in its User authentication settings.</source>
        <translation>Votre application X est une Web App ou une Automated App or Bot (un client confidentiel) : donnez son secret client à Exec Desk, ou changez le type de l&apos;application en Native App dans ses réglages « User authentication ».</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="222"/>
        <source>X does not accept this Client ID or client secret: copy the OAuth 2.0 Client ID (and the client secret, if the app has one) again from the app&apos;s Keys and tokens page.</source>
        <translation>X n&apos;accepte pas ce Client ID ou ce secret client : copiez de nouveau le Client ID OAuth 2.0 (et le secret client, si l&apos;application en a un) depuis la page « Keys and tokens » de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="229"/>
        <source>X refused the callback URL {callback}: register that exact address on the X app.</source>
        <translation>X a refusé l&apos;adresse de retour {callback} : enregistrez cette adresse exacte sur l&apos;application X.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="234"/>
        <source>X&apos;s sign-in code expired or was already used (it is valid for 30 seconds): sign in again, and paste the address promptly if you paste it.</source>
        <translation>Le code de connexion de X a expiré ou a déjà servi (il est valable 30 secondes) : reconnectez-vous, et collez l&apos;adresse sans attendre si vous la collez.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="241"/>
        <source>X&apos;s page was left without authorizing Exec Desk: sign in again and choose “Authorize app”.</source>
        <translation>La page de X a été quittée sans autoriser Exec Desk : reconnectez-vous et choisissez « Authorize app ».</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="246"/>
        <source>X refused the permissions Exec Desk asks for ({scopes}): set the app&apos;s permissions to Read and write, then sign in again.</source>
        <translation>X a refusé les autorisations demandées par Exec Desk ({scopes}) : réglez les droits de l&apos;application sur Read and write, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="252"/>
        <source>X refused the sign-in ({error}): {description}</source>
        <translation>X a refusé la connexion ({error}) : {description}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="260"/>
        <source>X refuses every call of this app: it is not enrolled (client-not-enrolled). In the X Developer Console, move the app to the Pay-per-use package and its Production environment, then test again.</source>
        <translation>X refuse tous les appels de cette application : elle n&apos;est pas inscrite (client-not-enrolled). Dans la console développeur X, passez l&apos;application dans l&apos;offre Pay-per-use et son environnement Production, puis testez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="267"/>
        <source>The X developer account has no credits left, so X refuses every call (HTTP 402): its owner adds credits in the X Developer Console.</source>
        <translation>Le compte développeur X n&apos;a plus de crédits : X refuse donc tous les appels (HTTP 402). Son propriétaire doit ajouter des crédits dans la console développeur X.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="274"/>
        <source>The X developer account has used its monthly allowance of post reads; it renews with the next billing cycle.</source>
        <translation>Le compte développeur X a épuisé son quota mensuel de lectures de publications ; il se renouvelle au prochain cycle de facturation.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="284"/>
        <source>X asks to slow down; wait a minute.</source>
        <translation>X demande de ralentir ; attendez une minute.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="285"/>
        <source>X asks to slow down until {time} (15-minute window).</source>
        <translation>X demande de ralentir jusqu&apos;à {time} (fenêtre de 15 minutes).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="289"/>
        <source>X refused the call: the sign-in lacks a permission ({detail}). Set the app&apos;s permissions to Read and write, then sign in again.</source>
        <translation>X a refusé l&apos;appel : il manque une autorisation à la connexion ({detail}). Réglez les droits de l&apos;application sur Read and write, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="295"/>
        <source>Your X API plan does not allow this call ({detail}).</source>
        <translation>Votre formule d&apos;API X ne permet pas cet appel ({detail}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="300"/>
        <source>X refused your credentials (HTTP 401): the sign-in expired or was revoked in your X settings, the app&apos;s keys were regenerated, or keys were not copied whole. Sign in again.</source>
        <translation>X a refusé vos identifiants (HTTP 401) : la connexion a expiré ou a été révoquée dans vos réglages X, les clés de l&apos;application ont été régénérées, ou des clés n&apos;ont pas été copiées en entier. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="308"/>
        <source>X answered with an error (HTTP {status}); try again in a while.</source>
        <translation>X a répondu par une erreur (HTTP {status}) ; réessayez dans un moment.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="310"/>
        <source>X could not be reached at {url}: check the network connection (and the proxy, if you use one) and the X API address (Settings → Connection).</source>
        <translation>X est injoignable à {url} : vérifiez la connexion réseau (et le proxy, si vous en utilisez un) et l&apos;adresse de l&apos;API X (Paramètres → Connexion).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="316"/>
        <source>X refused the call: {detail}</source>
        <translation>X a refusé l&apos;appel : {detail}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="322"/>
        <source>the X app (shared by everyone who signs in through it)</source>
        <translation>l&apos;application X (partagée par tous ceux qui se connectent par elle)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="324"/>
        <source>your account</source>
        <translation>votre compte</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="327"/>
        <source>X&apos;s 24-hour limit for {whom} is reached; trying again sooner does not help.</source>
        <translation>La limite de 24 heures de X pour {whom} est atteinte ; réessayer plus tôt ne sert à rien.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/diagnosis.py" line="331"/>
        <source>X&apos;s 24-hour limit for {whom} is reached until {time}; trying again sooner does not help.</source>
        <translation>La limite de 24 heures de X pour {whom} est atteinte jusqu&apos;au {time} ; réessayer plus tôt ne sert à rien.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/doctor.py" line="109"/>
        <source>Not checked: the test did not get that far.</source>
        <translation>Non vérifié : le test ne s&apos;est pas rendu jusque-là.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/doctor.py" line="165"/>
        <source>The secrets of @{username} are not in the keyring any more: sign in again.</source>
        <translation>Les secrets de @{username} ne sont plus dans le trousseau : reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/doctor.py" line="170"/>
        <source>The secrets of @{username} are in the keyring.</source>
        <translation>Les secrets de @{username} sont dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/doctor.py" line="177"/>
        <source>X refused the call: see “{title}”.</source>
        <translation>X a refusé l&apos;appel : voir « {title} ».</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/doctor.py" line="182"/>
        <source>X accepted a call made through the app.</source>
        <translation>X a accepté un appel fait par l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/doctor.py" line="185"/>
        <source>@{username} is signed in; the secrets are in the keyring.</source>
        <translation>@{username} est connecté ; les secrets sont dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/doctor.py" line="187"/>
        <source>X says @{username} ({name}) is signed in. This call cost {cost}: a user read is $0.010, charged once per UTC day.</source>
        <translation>X indique que @{username} ({name}) est connecté. Cet appel a coûté {cost} : une lecture d&apos;utilisateur coûte 0,010 $, facturée une fois par jour UTC.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/doctor.py" line="210"/>
        <location filename="../../exec_desk/services/accounts/doctor.py" line="240"/>
        <source>Not used: this account signed in with OAuth 1.0a keys.</source>
        <translation>Inutile : ce compte s&apos;est connecté avec des clés OAuth 1.0a.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/doctor.py" line="214"/>
        <source>Not checked: no Client ID is known to check it with.</source>
        <translation>Non vérifié : aucun Client ID connu pour le vérifier.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/doctor.py" line="220"/>
        <source>Not checked: the sign-in page could not be reached ({error}).</source>
        <translation>Non vérifié : la page de connexion est injoignable ({error}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/doctor.py" line="224"/>
        <source>The sign-in page sends the browser back to {callback}.</source>
        <translation>La page de connexion renvoie bien le navigateur vers {callback}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/doctor.py" line="229"/>
        <source>Checked when you sign in: X&apos;s own page cannot be asked beforehand. If it shows “Something went wrong — You weren&apos;t able to give access to the App”, {callback} is not registered exactly.</source>
        <translation>Vérifié à la connexion : la page de X ne peut pas être interrogée à l&apos;avance. Si elle affiche « Something went wrong — You weren&apos;t able to give access to the App », {callback} n&apos;est pas enregistrée à l&apos;identique.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/doctor.py" line="242"/>
        <source>Not checked: OAuth 1.0a keys carry the app&apos;s permissions; X refuses a post if they do not.</source>
        <translation>Non vérifié : les clés OAuth 1.0a portent les droits de l&apos;application ; X refuse une publication s&apos;ils ne suffisent pas.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/doctor.py" line="248"/>
        <source>A confidential client: its client secret is in the keyring.</source>
        <translation>Un client confidentiel : son secret client est dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/doctor.py" line="250"/>
        <source>A public client (Native App): the Client ID is enough.</source>
        <translation>Un client public (Native App) : le Client ID suffit.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/doctor.py" line="255"/>
        <source>X did not grant {missing}: set the app&apos;s permissions to Read and write, then sign in again.</source>
        <translation>X n&apos;a pas accordé {missing} : réglez les droits de l&apos;application sur Read and write, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/accounts/doctor.py" line="261"/>
        <source>X granted what Exec Desk needs: {granted}.</source>
        <translation>X a accordé ce dont Exec Desk a besoin : {granted}.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../../exec_desk/services/drafts.py" line="47"/>
        <source>The draft could not be deleted: {error}</source>
        <translation>Impossible de supprimer le brouillon : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/drafts.py" line="48"/>
        <source>Drafts are kept once an X account is signed in.</source>
        <translation>Les brouillons sont conservés une fois un compte X connecté.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/drafts.py" line="49"/>
        <source>The draft could not be saved ({error}); it is still in the composer.</source>
        <translation>Impossible d&apos;enregistrer le brouillon ({error}) ; il est toujours dans la fenêtre de rédaction.</translation>
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="59"/>
        <source>Edited {when}</source>
        <translation>Modifié : {when}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="61"/>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="63"/>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="66"/>
        <source>thread of {count} posts</source>
        <translation>fil de {count} publications</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="70"/>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="72"/>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="74"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="150"/>
        <source>Drafts — Exec Desk</source>
        <translation>Brouillons — Exec Desk</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="157"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="158"/>
        <source>Enter reopens the selected draft; Delete deletes it.</source>
        <translation>Entrée rouvre le brouillon sélectionné ; Suppr le supprime.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="161"/>
        <source>No drafts. Whatever you write in the composer is kept here until it is sent.</source>
        <translation>Aucun brouillon. Tout ce que vous écrivez dans la fenêtre de rédaction est conservé ici jusqu&apos;à son envoi.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="165"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="166"/>
        <source>Reopen the selected draft in the composer (Enter).</source>
        <translation>Rouvrir le brouillon sélectionné dans la fenêtre de rédaction (Entrée).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="168"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="169"/>
        <source>Delete the selected draft (Delete).</source>
        <translation>Supprimer le brouillon sélectionné (Suppr).</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="102"/>
        <source>(media only)</source>
        <translation>(média seul)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="102"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../exec_desk/services/outbox/duplicates.py" line="32"/>
        <source>You already posted this text ({link}). X refuses the same text twice: edit it to post again.</source>
        <translation>Vous avez déjà publié ce texte ({link}). X refuse deux fois le même texte : modifiez-le pour le publier à nouveau.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/duplicates.py" line="35"/>
        <source>Part {number} repeats one of your posts ({link}). X refuses the same text twice: edit it to post again.</source>
        <translation>La partie {number} reprend l&apos;une de vos publications ({link}). X refuse deux fois le même texte : modifiez-la pour la publier à nouveau.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/duplicates.py" line="39"/>
        <source>This text is already in your outbox, to be sent at {time}. Edit it, or undo the earlier one.</source>
        <translation>Ce texte est déjà dans votre boîte d&apos;envoi, pour un envoi à {time}. Modifiez-le, ou annulez le précédent.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/duplicates.py" line="42"/>
        <source>Part {number} is already in your outbox, to be sent at {time}. Edit it, or undo the earlier one.</source>
        <translation>La partie {number} est déjà dans votre boîte d&apos;envoi, pour un envoi à {time}. Modifiez-la, ou annulez la précédente.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="16"/>
        <source>X could not be reached.</source>
        <translation>Impossible de joindre X.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="27"/>
        <source>Your X session expired. Sign in again.</source>
        <translation>Votre session X a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="33"/>
        <source>X refused your credentials. Sign in again.</source>
        <translation>X a refusé vos identifiants. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="43"/>
        <source>X asks us to slow down.</source>
        <translation>X nous demande de ralentir.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="56"/>
        <source>X&apos;s daily limit is reached; it resets within 24 hours.</source>
        <translation>La limite quotidienne de X est atteinte ; elle se réinitialise d&apos;ici 24 heures.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="67"/>
        <source>Your X developer account has used its monthly allowance of post reads; it renews next month.</source>
        <translation>Votre compte développeur X a épuisé son quota mensuel de lectures de publications ; il se renouvelle le mois prochain.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="75"/>
        <source>Your X developer account has no credits left: add credits in the X Developer Console.</source>
        <translation>Votre compte développeur X n&apos;a plus de crédits : ajoutez-en dans la console développeur X.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="83"/>
        <source>Your X developer app is not enrolled for this API: in the X Developer Console, move the app to the Pay-per-use package and its Production environment.</source>
        <translation>Votre application développeur X n&apos;est pas inscrite pour cette API : dans la console développeur X, passez l&apos;application dans l&apos;offre Pay-per-use et son environnement Production.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="93"/>
        <source>Your X API plan does not allow this action.</source>
        <translation>Votre formule d&apos;API X ne permet pas cette action.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="99"/>
        <source>That post or account no longer exists.</source>
        <translation>Cette publication ou ce compte n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="106"/>
        <source>That list or account no longer exists on X, or is private.</source>
        <translation>Cette liste ou ce compte n&apos;existe plus sur X, ou est privé.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="116"/>
        <source>X did not answer properly. We will try again.</source>
        <translation>X n&apos;a pas répondu correctement. Nous allons réessayer.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="130"/>
        <source>X rejected the request.</source>
        <translation>X a rejeté la requête.</translation>
    </message>
</context>
<context>
    <name>ExecDesk</name>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="159"/>
        <source>Other launches of Exec Desk cannot reach this one: {error}</source>
        <translation>Les autres lancements d’Exec Desk ne peuvent pas joindre celui-ci : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="194"/>
        <source>Could not change opening at login: {error}</source>
        <translation>Impossible de modifier l’ouverture à la connexion : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="226"/>
        <source>Signed in as @{name} on the demo X</source>
        <translation>Connecté en tant que @{name} sur le X de démo</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="228"/>
        <source>Signed in as @{name}</source>
        <translation>Connecté en tant que @{name}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="276"/>
        <source>Could not start: {error}</source>
        <translation>Démarrage impossible : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="370"/>
        <source>Starting… the session opens in a moment.</source>
        <translation>Démarrage… la séance s’ouvre dans un instant.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="389"/>
        <source>Exec Desk is still starting; open Last session again in a moment.</source>
        <translation>Exec Desk démarre encore ; rouvrez Dernière séance dans un instant.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="416"/>
        <source>Starting… the composer opens in a moment.</source>
        <translation>Démarrage… la rédaction s’ouvre dans un instant.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="460"/>
        <source>Exec Desk is still starting; open Account again in a moment.</source>
        <translation>Exec Desk démarre encore ; rouvrez Compte dans un instant.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="485"/>
        <source>Switching to @{name}…</source>
        <translation>Passage à @{name}…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="487"/>
        <source>Signed in as @{name}. Exec Desk now uses this account.</source>
        <translation>Connecté en tant que @{name}. Exec Desk utilise désormais ce compte.</translation>
    </message>
</context>
<context>
    <name>Fetcher</name>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="224"/>
        <source>Could not read your sources</source>
        <translation>Impossible de lire vos sources</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="225"/>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="226"/>
        <source>No sources yet</source>
        <translation>Aucune source pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="227"/>
        <source>{label}: X asks us to wait until {time}</source>
        <translation>{label} : X nous demande d&apos;attendre jusqu&apos;à {time}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="228"/>
        <source>{label}: X asks us to wait for a while</source>
        <translation>{label} : X nous demande d&apos;attendre un moment</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="229"/>
        <source>{label}: X&apos;s daily limit is reached until {time}</source>
        <translation>{label} : limite quotidienne de X atteinte jusqu’à {time}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="230"/>
        <source>{label}: not available on your X plan</source>
        <translation>{label} : non disponible avec votre formule X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="231"/>
        <source>{label}: X is slow, retrying…</source>
        <translation>{label} : X est lent, nouvel essai…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="232"/>
        <source>{label}: X is not answering; try again later</source>
        <translation>{label} : X ne répond pas ; réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="233"/>
        <source>X refused your sign-in: sign in again</source>
        <translation>X a refusé votre connexion : connectez-vous à nouveau</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="234"/>
        <source>{label}: no longer exists on X</source>
        <translation>{label} : n&apos;existe plus sur X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="235"/>
        <source>{label}: no longer on X, not fetched; remove or replace it in Settings → Sources</source>
        <translation>{label} : n’existe plus sur X, non récupéré ; retirez-le ou remplacez-le dans Paramètres → Sources</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="238"/>
        <source>Your X developer app is not enrolled: run the connection test</source>
        <translation>Votre application développeur X n’est pas inscrite : lancez le test de connexion</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="239"/>
        <source>Your X developer account has no credits left</source>
        <translation>Votre compte développeur X n’a plus de crédits</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="240"/>
        <source>Your X developer account&apos;s monthly post reads are used up</source>
        <translation>Les lectures de posts mensuelles de votre compte développeur X sont épuisées</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="241"/>
        <source>{label}: X rejected the request</source>
        <translation>{label} : X a rejeté la requête</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="242"/>
        <source>{label}: could not be fetched ({error})</source>
        <translation>{label} : récupération impossible ({error})</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../exec_desk/ui/session/header.py" line="131"/>
        <location filename="../../exec_desk/ui/session/header.py" line="147"/>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/header.py" line="132"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/header.py" line="133"/>
        <source>Show the posts of one group; ] and [ switch groups</source>
        <translation>Afficher les publications d&apos;un groupe ; ] et [ changent de groupe</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/header.py" line="136"/>
        <source>Search these posts  ( / )</source>
        <translation>Rechercher dans ces publications  ( / )</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/header.py" line="137"/>
        <source>Search these posts</source>
        <translation>Rechercher dans ces publications</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../exec_desk/services/sources.py" line="47"/>
        <source>Could not read your lists: {error}</source>
        <translation>Impossible de lire vos listes : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/sources.py" line="48"/>
        <source>Could not read the lists you follow: {error}</source>
        <translation>Impossible de lire les listes que vous suivez : {error}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../exec_desk/ui/account/first_run.py" line="43"/>
        <source>Not used</source>
        <translation>Non utilisée</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/first_run.py" line="46"/>
        <source>Exec Desk shows what matters from your curated groups. Choose a group for each of your X Lists; the posts of a list then appear in your sessions under that group. “Not used” leaves a list out: each list used costs one request to X per session. Your home timeline and your mentions are always in.</source>
        <translation>Exec Desk vous montre l&apos;essentiel de vos groupes choisis. Choisissez un groupe pour chacune de vos listes X ; les publications d&apos;une liste apparaissent alors dans vos séances sous ce groupe. « Non utilisée » écarte une liste : chaque liste utilisée coûte une requête à X par séance. Votre fil d&apos;accueil et vos mentions sont toujours inclus.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/first_run.py" line="60"/>
        <source>Exec Desk — Your X Lists</source>
        <translation>Exec Desk — Vos listes X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/first_run.py" line="83"/>
        <source>Group for the list {name}</source>
        <translation>Groupe de la liste {name}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/first_run.py" line="87"/>
        <source>You have no X Lists yet: your sessions will show your home timeline and mentions.</source>
        <translation>Vous n&apos;avez pas encore de liste X : vos séances montreront votre fil d&apos;accueil et vos mentions.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/first_run.py" line="90"/>
        <source>Your X Lists</source>
        <translation>Vos listes X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/first_run.py" line="95"/>
        <source>Use these groups</source>
        <translation>Utiliser ces groupes</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/first_run.py" line="96"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/first_run.py" line="99"/>
        <source>Your first session will use the suggested groups.</source>
        <translation>Votre première séance utilisera les groupes suggérés.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/first_run.py" line="110"/>
        <source>your list</source>
        <translation>votre liste</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/first_run.py" line="110"/>
        <source>a list you follow</source>
        <translation>une liste que vous suivez</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/account/first_run.py" line="112"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapReminderWindow</name>
    <message>
        <location filename="../../exec_desk/ui/gap_reminder.py" line="35"/>
        <source>{app} — a session?</source>
        <translation>{app} — une séance ?</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/gap_reminder.py" line="45"/>
        <source>Proposed in a free gap of your calendar.</source>
        <translation>Proposée dans un créneau libre de votre agenda.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/gap_reminder.py" line="51"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/gap_reminder.py" line="51"/>
        <source>Start a review session now</source>
        <translation>Démarrer une séance de lecture maintenant</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/gap_reminder.py" line="54"/>
        <source>S&amp;nooze {minutes} min</source>
        <translation>&amp;Rappeler dans {minutes} min</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/gap_reminder.py" line="55"/>
        <source>Ask again in {minutes} minutes, if the gap still has room</source>
        <translation>Reposer la question dans {minutes} minutes, s’il reste assez de temps dans le créneau</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/gap_reminder.py" line="57"/>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/gap_reminder.py" line="57"/>
        <source>Not in this gap</source>
        <translation>Pas dans ce créneau</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../../exec_desk/ui/i18n.py" line="45"/>
        <source>Journalists</source>
        <translation>Journalistes</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/i18n.py" line="46"/>
        <source>Competitors</source>
        <translation>Concurrents</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/i18n.py" line="47"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/i18n.py" line="48"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/i18n.py" line="49"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/i18n.py" line="50"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../exec_desk/ui/session/help.py" line="73"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/help.py" line="78"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/help.py" line="115"/>
        <source>Keys can be changed in Settings → Shortcuts. Single keys do nothing while you type in a field.</source>
        <translation>Les touches se modifient dans Paramètres → Raccourcis. Les touches seules sont sans effet pendant la saisie dans un champ.</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="58"/>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="59"/>
        <source>a ZIP archive or an Office document</source>
        <translation>une archive ZIP ou un document Office</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="60"/>
        <source>an Office document</source>
        <translation>un document Office</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="61"/>
        <source>an RTF document</source>
        <translation>un document RTF</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="62"/>
        <source>a BMP image, which X does not take</source>
        <translation>une image BMP, que X n&apos;accepte pas</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="63"/>
        <location filename="../../exec_desk/core/media/checks.py" line="64"/>
        <source>a TIFF image, which X does not take</source>
        <translation>une image TIFF, que X n&apos;accepte pas</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="66"/>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="67"/>
        <source>{name} does not exist.</source>
        <translation>{name} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="68"/>
        <source>{name} cannot be read (permission denied).</source>
        <translation>Impossible de lire {name} (accès refusé).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="69"/>
        <source>{name} cannot be read ({reason}).</source>
        <translation>Impossible de lire {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="70"/>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="71"/>
        <source>{name} is not an image, a GIF or a video that X accepts. {formats}</source>
        <translation>{name} n&apos;est ni une image, ni un GIF, ni une vidéo que X accepte. {formats}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="72"/>
        <source>{name} is not an image, a GIF or a video that X accepts (it looks like {what}). {formats}</source>
        <translation>{name} n&apos;est ni une image, ni un GIF, ni une vidéo que X accepte (cela ressemble à {what}). {formats}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="76"/>
        <source>{name} is {size}; an image may be at most {limit} on X. Use a smaller or compressed copy.</source>
        <translation>{name} fait {size} ; sur X, une image ne peut dépasser {limit}. Utilisez une copie plus petite ou compressée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="79"/>
        <source>{name} is {size}; a GIF may be at most {limit} on X. Use a smaller or compressed copy.</source>
        <translation>{name} fait {size} ; sur X, un GIF ne peut dépasser {limit}. Utilisez une copie plus petite ou compressée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="82"/>
        <source>{name} is {size}; a video may be at most {limit} on X. Use a smaller or compressed copy.</source>
        <translation>{name} fait {size} ; sur X, une vidéo ne peut dépasser {limit}. Utilisez une copie plus petite ou compressée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="86"/>
        <source>{name} is {width}×{height} pixels; a GIF may be at most {max_width}×{max_height} on X. Use a smaller copy.</source>
        <translation>{name} fait {width}×{height} pixels ; sur X, un GIF ne peut dépasser {max_width}×{max_height}. Utilisez une copie plus petite.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="90"/>
        <source>{name} has {frames} frames; a GIF may have at most {max} on X. Use a shorter copy.</source>
        <translation>{name} compte {frames} images ; sur X, un GIF ne peut en compter plus de {max}. Utilisez une copie plus courte.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="93"/>
        <source>{name} has {pixels} million pixels over all its frames; X takes at most {max} million. Use a smaller or shorter copy.</source>
        <translation>{name} compte {pixels} millions de pixels sur l&apos;ensemble de ses images ; X en accepte au plus {max} millions. Utilisez une copie plus petite ou plus courte.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="98"/>
        <source>{name} looks like a GIF but cannot be read; it may be damaged.</source>
        <translation>{name} ressemble à un GIF mais ne peut être lu ; il est peut-être endommagé.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="99"/>
        <source>{name} looks like a {format} image but cannot be read; it may be damaged or incomplete. Save it again.</source>
        <translation>{name} ressemble à une image {format} mais ne peut pas être lu ; le fichier est peut-être endommagé ou incomplet. Enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="102"/>
        <source>{name} is not a regular file (a device, a pipe or a socket); attach a saved image or video.</source>
        <translation>{name} n&apos;est pas un fichier ordinaire (un périphérique, un tube ou une socket) ; joignez une image ou une vidéo enregistrée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="106"/>
        <source>{name} looks like a video but its length cannot be read; it may be incomplete. Export it again.</source>
        <translation>{name} ressemble à une vidéo mais sa durée est illisible ; elle est peut-être incomplète. Exportez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="109"/>
        <source>{name} lasts {duration}; a video must last at least {min} on X.</source>
        <translation>{name} dure {duration} ; sur X, une vidéo doit durer au moins {min}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="110"/>
        <source>{name} lasts {duration}; a video may last at most {max} on X. Trim it.</source>
        <translation>{name} dure {duration} ; sur X, une vidéo ne peut dépasser {max}. Raccourcissez-la.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="111"/>
        <source>{name} is {width}×{height} pixels; a video must be at least {min}×{min} on X.</source>
        <translation>{name} fait {width}×{height} pixels ; sur X, une vidéo doit faire au moins {min}×{min}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="114"/>
        <source>{name} is {width}×{height} pixels; X takes videos from 1:3 (tall) to 3:1 (wide). Crop it.</source>
        <translation>{name} fait {width}×{height} pixels ; X accepte les vidéos de 1:3 (en hauteur) à 3:1 (en largeur). Recadrez-la.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="117"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="118"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="119"/>
        <source>The description of {name} is {length} characters; X takes at most {limit}. Shorten it.</source>
        <translation>La description de {name} fait {length} caractères ; X en accepte au plus {limit}. Raccourcissez-la.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="124"/>
        <source>A GIF must be alone in a post: remove {name} or the other file.</source>
        <translation>Un GIF doit être seul dans une publication : retirez {name} ou l&apos;autre fichier.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="125"/>
        <source>A GIF must be alone in a post: remove {name} or the {others} other files.</source>
        <translation>Un GIF doit être seul dans une publication : retirez {name} ou les {others} autres fichiers.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="128"/>
        <source>A video must be alone in a post: remove {name} or the other file.</source>
        <translation>Une vidéo doit être seule dans une publication : retirez {name} ou l&apos;autre fichier.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="131"/>
        <source>A video must be alone in a post: remove {name} or the {others} other files.</source>
        <translation>Une vidéo doit être seule dans une publication : retirez {name} ou les {others} autres fichiers.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="135"/>
        <source>A post holds at most {max} images; {count} are attached. Remove {extra}.</source>
        <translation>Une publication contient au plus {max} images ; {count} sont jointes. Retirez-en {extra}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="136"/>
        <source>X takes up to {max} images (JPEG, PNG, WebP, a still GIF; {image} each), or one animated GIF ({gif}), or one MP4/MOV video ({video}, {shortest} to {longest}).</source>
        <translation>X accepte jusqu&apos;à {max} images (JPEG, PNG, WebP, GIF fixe ; {image} chacune), ou un GIF animé ({gif}), ou une vidéo MP4/MOV ({video}, de {shortest} à {longest}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="141"/>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="142"/>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
</context>
<context>
    <name>MediaTile</name>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="175"/>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="175"/>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="175"/>
        <source>VIDEO</source>
        <translation>VIDÉO</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="187"/>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="192"/>
        <source>Describe it (alt text)</source>
        <translation>Décrivez-la (texte alternatif)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="195"/>
        <source>A description for people who use screen readers; X shows it as the image&apos;s alt text.</source>
        <translation>Une description pour les personnes qui utilisent un lecteur d&apos;écran ; X l&apos;affiche comme texte alternatif de l&apos;image.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="197"/>
        <source>Description of {name}</source>
        <translation>Description de {name}</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../exec_desk/ui/i18n.py" line="168"/>
        <location filename="../../exec_desk/ui/session/summary.py" line="38"/>
        <source>${amount}</source>
        <translation>{amount} $</translation>
    </message>
</context>
<context>
    <name>OAuth1</name>
    <message>
        <location filename="../../exec_desk/backends/oauth/oauth1.py" line="29"/>
        <source>The access token must look like &apos;&lt;your numeric user id&gt;-&lt;letters and digits&gt;&apos;, as the X developer portal shows it (for example 1234567890-AbCd…). Check that you copied the access token, not the bearer token or the API key.</source>
        <translation>Le jeton d’accès doit avoir la forme « &lt;votre identifiant numérique&gt;-&lt;lettres et chiffres&gt; », comme l’affiche le portail développeur de X (par exemple 1234567890-AbCd…). Vérifiez que vous avez copié le jeton d’accès, et non le jeton bearer ou la clé d’API.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../exec_desk/services/outbox/media.py" line="52"/>
        <source>{name} can no longer be read ({reason}); attach it again.</source>
        <translation>{name} ne peut plus être lu ({reason}) ; joignez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/media.py" line="53"/>
        <source>X could not process {name}: {reason}</source>
        <translation>X n&apos;a pas pu traiter {name} : {reason}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/media.py" line="54"/>
        <source>X could not process {name}.</source>
        <translation>X n&apos;a pas pu traiter {name}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/media.py" line="55"/>
        <source>X took more than {minutes} minutes to process {name}.</source>
        <translation>X a mis plus de {minutes} minutes à traiter {name}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="35"/>
        <source>X may have received it; checking before trying again.</source>
        <translation>X l&apos;a peut-être reçue ; vérification avant de réessayer.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="36"/>
        <source>It is back in your drafts.</source>
        <translation>Elle est de retour dans vos brouillons.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="38"/>
        <source>{reason} It is back in your drafts.</source>
        <translation>{reason} Elle est de retour dans vos brouillons.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="39"/>
        <source>X did not answer; trying again at {time}.</source>
        <translation>X n&apos;a pas répondu ; nouvel essai à {time}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="40"/>
        <source>X asks us to wait until {time}.</source>
        <translation>X nous demande d&apos;attendre jusqu&apos;à {time}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="41"/>
        <source>Unknown.</source>
        <translation>Inconnu.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="42"/>
        <source>X refused it: your X plan (or the author&apos;s settings) does not allow this.</source>
        <translation>X l&apos;a refusée : votre formule X (ou les réglages de l&apos;auteur) ne le permet pas.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="43"/>
        <source>That post no longer exists.</source>
        <translation>Cette publication n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="44"/>
        <source>X refused your sign-in. Sign in again, then retry.</source>
        <translation>X a refusé votre connexion. Reconnectez-vous, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="45"/>
        <source>Kept until you sign in to X again; it is sent then.</source>
        <translation>Conservé jusqu’à votre prochaine connexion à X ; il partira alors.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="46"/>
        <source>Kept until your X developer account has credits again.</source>
        <translation>Conservé jusqu’à ce que votre compte développeur X ait de nouveau des crédits.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="47"/>
        <source>Kept until your X developer app is enrolled in pay-per-use.</source>
        <translation>Conservé jusqu’à ce que votre application développeur X soit inscrite au pay-per-use.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="48"/>
        <source>X rejected the request.</source>
        <translation>X a rejeté la requête.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="49"/>
        <source>X did not answer after {attempts} tries. Try again later.</source>
        <translation>X n&apos;a pas répondu après {attempts} essais. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="50"/>
        <source>Could not send it ({error}).</source>
        <translation>Envoi impossible ({error}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="50"/>
        <source>X refused it as a copy of one of your recent posts, so it was not posted again.</source>
        <translation>X l&apos;a refusée comme copie d&apos;une de vos publications récentes ; elle n&apos;a donc pas été publiée une seconde fois.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="53"/>
        <source>X refused the quote: your X plan does not allow quoting posts.</source>
        <translation>X a refusé la citation : votre formule X ne permet pas de citer des publications.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="54"/>
        <source>X refused the reply: your X plan lets you reply only when the author mentioned or quoted you.</source>
        <translation>X a refusé la réponse : votre formule X ne permet de répondre que si l&apos;auteur vous a mentionné ou cité.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="57"/>
        <source>X refused the post: your X plan does not allow it.</source>
        <translation>X a refusé la publication : votre formule X ne le permet pas.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="59"/>
        <source>The post your reply answers no longer exists.</source>
        <translation>La publication à laquelle vous répondez n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="60"/>
        <source>The post your quote answers no longer exists.</source>
        <translation>La publication que vous citez n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="61"/>
        <source>A post it needs is gone.</source>
        <translation>Une publication dont elle dépend a disparu.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="63"/>
        <source>X refused your sign-in: sign in again (tray menu, Account…), then send it from your drafts.</source>
        <translation>X a refusé votre connexion : reconnectez-vous (menu de la zone de notification, Compte…), puis envoyez-la depuis vos brouillons.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="66"/>
        <source>X did not answer, even after several tries.</source>
        <translation>X n&apos;a pas répondu, même après plusieurs essais.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="68"/>
        <source>X rejected the reply.</source>
        <translation>X a rejeté la réponse.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="69"/>
        <source>X rejected the quote.</source>
        <translation>X a rejeté la citation.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="70"/>
        <source>X rejected the post.</source>
        <translation>X a rejeté la publication.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="73"/>
        <source>X rejected the reply: {detail}</source>
        <translation>X a rejeté la réponse : {detail}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="74"/>
        <source>X rejected the quote: {detail}</source>
        <translation>X a rejeté la citation : {detail}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="75"/>
        <source>X rejected the post: {detail}</source>
        <translation>X a rejeté la publication : {detail}</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="74"/>
        <source>X refused it.</source>
        <translation>X l&apos;a refusée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="76"/>
        <source>Not sent — {reason}</source>
        <translation>Non envoyée — {reason}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="78"/>
        <source>Checking with X whether it went…</source>
        <translation>Vérification auprès de X de son envoi…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="83"/>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="86"/>
        <source>Trying again at {time} — {reason}</source>
        <translation>Nouvel essai à {time} — {reason}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="88"/>
        <source>Trying again at {day} {time} — {reason}</source>
        <translation>Nouvel essai le {day} à {time} — {reason}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="93"/>
        <source>in {minutes} min</source>
        <translation>dans {minutes} min</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="95"/>
        <source>in {hours} h</source>
        <translation>dans {hours} h</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="97"/>
        <source>Sends at {time} · {later}</source>
        <translation>Envoi à {time} · {later}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="99"/>
        <source>Sends at {day} {time} · {later}</source>
        <translation>Envoi le {day} à {time} · {later}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="107"/>
        <source>Retweet of post {id}</source>
        <translation>Republication de la publication {id}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="112"/>
        <source>Thread of {count}</source>
        <translation>Fil de {count}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="114"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="116"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/outbox/window.py" line="119"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="121"/>
        <source>(picture only)</source>
        <translation>(image seule)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="134"/>
        <source>Outbox — Exec Desk</source>
        <translation>Boîte d&apos;envoi — Exec Desk</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="143"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="143"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="146"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="147"/>
        <source>Each row: when it goes, then what it is.</source>
        <translation>Chaque ligne : quand elle part, puis ce que c&apos;est.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="154"/>
        <source>Status of the selected item</source>
        <translation>État de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="161"/>
        <source>&amp;Undo — back to drafts</source>
        <translation>&amp;Annuler — retour aux brouillons</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="162"/>
        <source>Take the selected post out of the outbox and back into your drafts.</source>
        <translation>Retirer la publication sélectionnée de la boîte d&apos;envoi et la remettre dans vos brouillons.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="164"/>
        <source>Send &amp;now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="165"/>
        <source>Send the selected post now, without waiting.</source>
        <translation>Envoyer la publication sélectionnée maintenant, sans attendre.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="167"/>
        <source>&amp;Open draft</source>
        <translation>&amp;Ouvrir le brouillon</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="168"/>
        <source>Reopen the post that was not sent in the composer.</source>
        <translation>Rouvrir dans la fenêtre de rédaction la publication qui n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="170"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="171"/>
        <source>Try sending it again now.</source>
        <translation>Réessayer de l&apos;envoyer maintenant.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="173"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="227"/>
        <source>Nothing waits to be sent.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="229"/>
        <source>{count} waiting to be sent. Undo puts a post back into your drafts until it goes.</source>
        <translation>En attente d&apos;envoi : {count}. « Annuler » remet une publication dans vos brouillons jusqu&apos;à son envoi.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="265"/>
        <location filename="../../exec_desk/ui/outbox/window.py" line="273"/>
        <source>Too late to undo: it is on its way.</source>
        <translation>Trop tard pour annuler : elle est en cours d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="265"/>
        <source>Back in your drafts.</source>
        <translation>De retour dans vos brouillons.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="273"/>
        <source>Undone: nothing was sent.</source>
        <translation>Annulé : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="281"/>
        <source>Sending it now.</source>
        <translation>Envoi immédiat.</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <location filename="../../exec_desk/ui/timeline/delegate.py" line="280"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>PostDetail</name>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="45"/>
        <source>an earlier post</source>
        <translation>une publication précédente</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="47"/>
        <source>Replying to {link}</source>
        <translation>En réponse à {link}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="62"/>
        <source>Why it is here: {reason}</source>
        <translation>Pourquoi elle est là : {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/detail.py" line="65"/>
        <source>%n other post(s) with the same link or words folded into this one.</source>
        <translation>
            <numerusform>%n autre publication avec le même lien ou les mêmes mots regroupée dans celle-ci.</numerusform>
            <numerusform>%n autres publications avec le même lien ou les mêmes mots regroupées dans celle-ci.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="70"/>
        <source>Open the whole thread on x.com ↗</source>
        <translation>Ouvrir le fil complet sur x.com ↗</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="79"/>
        <source>Thread</source>
        <translation>Fil de discussion</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="81"/>
        <source>Loading the thread…</source>
        <translation>Chargement du fil…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="100"/>
        <source>Nothing more to fetch: opening this thread again costs nothing.</source>
        <translation>Plus rien à récupérer : rouvrir ce fil ne coûte rien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/detail.py" line="103"/>
        <source>%n earlier post(s) and the replies are not on this computer.</source>
        <translation>
            <numerusform>%n publication précédente et les réponses ne sont pas sur cet ordinateur.</numerusform>
            <numerusform>%n publications précédentes et les réponses ne sont pas sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/detail.py" line="105"/>
        <source>%n earlier post(s) are not on this computer.</source>
        <translation>
            <numerusform>%n publication précédente n’est pas sur cet ordinateur.</numerusform>
            <numerusform>%n publications précédentes ne sont pas sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="107"/>
        <source>The replies are not on this computer.</source>
        <translation>Les réponses ne sont pas sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/detail.py" line="110"/>
        <source>a lookup of %n post(s) by id</source>
        <translation>
            <numerusform>lecture de %n publication par identifiant</numerusform>
            <numerusform>lecture de %n publications par identifiant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/detail.py" line="112"/>
        <source>a conversation search, %n (reply|replies) at most</source>
        <translation>
            <numerusform>une recherche dans la conversation, %n réponse au plus</numerusform>
            <numerusform>une recherche dans la conversation, %n réponses au plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="113"/>
        <source>Fetching costs at most {cost}, authors included ({ways}).</source>
        <translation>La récupération coûte au plus {cost}, auteurs compris ({ways}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="122"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="123"/>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="123"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="143"/>
        <source>← Back to the list</source>
        <translation>← Retour à la liste</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="156"/>
        <source>Esc to go back · j/k for the next post</source>
        <translation>Échap pour revenir · j/k pour la publication suivante</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="162"/>
        <source>Post and its thread</source>
        <translation>La publication et son fil</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../exec_desk/core/queue.py" line="174"/>
        <source>Mentions you</source>
        <translation>Vous mentionne</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/queue.py" line="176"/>
        <source>{group} · list {label}</source>
        <translation>{group} · liste {label}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/queue.py" line="178"/>
        <source>{group} · search “{label}”</source>
        <translation>{group} · recherche « {label} »</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/queue.py" line="182"/>
        <source>From your home timeline</source>
        <translation>De votre fil d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/queue.py" line="184"/>
        <source>{group} · home timeline</source>
        <translation>{group} · fil d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/queue.py" line="186"/>
        <source>retweeted by @{username}</source>
        <translation>republiée par @{username}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../exec_desk/services/reminders.py" line="184"/>
        <source>Reminders are off (Settings)</source>
        <translation>Rappels désactivés (Paramètres)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/reminders.py" line="190"/>
        <source>Reminders paused for the rest of today</source>
        <translation>Rappels suspendus jusqu&apos;à la fin de la journée</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/reminders.py" line="192"/>
        <source>Reminders paused until {time}</source>
        <translation>Rappels suspendus jusqu&apos;à {time}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/reminders.py" line="194"/>
        <source>Reminders paused until tomorrow at {time}</source>
        <translation>Rappels suspendus jusqu&apos;à demain {time}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/reminders.py" line="197"/>
        <source>Reminders paused until {day} at {time}</source>
        <translation>Rappels suspendus jusqu&apos;à {day} {time}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/reminders.py" line="200"/>
        <source>No reminders: no working days are set</source>
        <translation>Aucun rappel : aucun jour de travail n&apos;est défini</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/reminders.py" line="203"/>
        <source>Next reminder at {time}</source>
        <translation>Prochain rappel à {time}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/reminders.py" line="205"/>
        <source>Next reminder tomorrow at {time}</source>
        <translation>Prochain rappel demain à {time}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/reminders.py" line="207"/>
        <source>Next reminder on {day} at {time}</source>
        <translation>Prochain rappel {day} à {time}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/reminders.py" line="212"/>
        <source>Time for a {minutes}-minute session?</source>
        <translation>Une séance de {minutes} min maintenant ?</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/reminders.py" line="218"/>
        <source>Free until {time} — review session?</source>
        <translation>Libre jusqu’à {time} — une séance de lecture ?</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/reminders.py" line="222"/>
        <source>{minutes} minutes before your next meeting — review session?</source>
        <translation>{minutes} minutes avant votre prochaine réunion — une séance de lecture ?</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/reminders.py" line="225"/>
        <source>{minutes} minutes before {event} — review session?</source>
        <translation>{minutes} minutes avant « {event} » — une séance de lecture ?</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../exec_desk/services/session/engine.py" line="66"/>
        <source>Could not open the session log; this session will not be kept.</source>
        <translation>Impossible d&apos;ouvrir le journal des séances ; cette séance ne sera pas conservée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/session/persist.py" line="25"/>
        <source>Monthly API budget reached ({spent} of {budget}): nothing new is fetched; raise the budget in Settings</source>
        <translation>Budget API mensuel atteint ({spent} sur {budget}) : rien de nouveau n’est récupéré ; augmentez le budget dans les Paramètres</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="43"/>
        <source>Trying the retweet again…</source>
        <translation>Nouvel essai de republication…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="48"/>
        <source>Retweeted. Press {key} to undo.</source>
        <translation>Republiée. Appuyez sur {key} pour annuler.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="49"/>
        <source>Retweeted.</source>
        <translation>Republiée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="53"/>
        <source>This post cannot be retweeted.</source>
        <translation>Cette publication ne peut pas être republiée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="54"/>
        <source>Already retweeted — a post is never retweeted twice.</source>
        <translation>Déjà republiée — une publication n&apos;est jamais republiée deux fois.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="63"/>
        <source>Too late to undo: the retweet has been sent.</source>
        <translation>Trop tard pour annuler : la republication est partie.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="66"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="68"/>
        <source>Retweet undone — nothing was sent.</source>
        <translation>Republication annulée — rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="85"/>
        <source>{action} on x.com ↗</source>
        <translation>{action} sur x.com ↗</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="91"/>
        <source>Retry retweet</source>
        <translation>Republier à nouveau</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="93"/>
        <source>Retweeted</source>
        <translation>Republiée</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="114"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="115"/>
        <source>Every action, with its keys</source>
        <translation>Toutes les actions, avec leurs touches</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/actions.py" line="152"/>
        <source>Fetching %Ln source(s)…</source>
        <translation>
            <numerusform>Récupération de %Ln source…</numerusform>
            <numerusform>Récupération de %Ln sources…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/actions.py" line="163"/>
        <source>{shown} of %Ln post(s)</source>
        <translation>
            <numerusform>{shown} sur %Ln publication</numerusform>
            <numerusform>{shown} sur %Ln publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/actions.py" line="166"/>
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln publication</numerusform>
            <numerusform>%Ln publications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="168"/>
        <source>Post {position} of {shown}</source>
        <translation>Publication {position} sur {shown}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/actions.py" line="172"/>
        <source>%Ln retweeted</source>
        <translation>
            <numerusform>%Ln republiée</numerusform>
            <numerusform>%Ln republiées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDesk</name>
    <message>
        <location filename="../../exec_desk/app/sessions.py" line="116"/>
        <source>Liking from Exec Desk comes with a later release.</source>
        <translation>Aimer depuis Exec Desk arrivera dans une prochaine version.</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <location filename="../../exec_desk/ui/session/header.py" line="47"/>
        <source>Review session</source>
        <translation>Séance de lecture</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/header.py" line="62"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/header.py" line="94"/>
        <source>Session over</source>
        <translation>Séance terminée</translation>
    </message>
</context>
<context>
    <name>SessionHistory</name>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/history.py" line="33"/>
        <source>Session {start}–{end} done: %n post(s) read, {amplified} retweeted, {posted} posted</source>
        <translation>
            <numerusform>Séance {start}–{end} terminée : %n publication lue, {amplified} republiée(s), {posted} publiée(s)</numerusform>
            <numerusform>Séance {start}–{end} terminée : %n publications lues, {amplified} republiée(s), {posted} publiée(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionHistoryWindow</name>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="61"/>
        <source>Exec Desk — Last session</source>
        <translation>Exec Desk — Dernière séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="66"/>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="70"/>
        <source>No session yet: the summary of each session shows here once it ends.</source>
        <translation>Pas encore de séance : le bilan de chaque séance s&apos;affiche ici quand elle se termine.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="76"/>
        <source>Earlier sessions</source>
        <translation>Séances précédentes</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="86"/>
        <source>Sessions, newest first</source>
        <translation>Séances, la plus récente d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="98"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="99"/>
        <source>Time used</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="100"/>
        <source>Read</source>
        <translation>Lues</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="101"/>
        <source>Retweeted</source>
        <translation>Republiées</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="102"/>
        <source>Posted</source>
        <translation>Publiées</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="103"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="108"/>
        <location filename="../../exec_desk/ui/session/history.py" line="121"/>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="109"/>
        <source>Reading the session log…</source>
        <translation>Lecture du journal des séances…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="112"/>
        <source>The session log could not be read: {error}</source>
        <translation>Le journal des séances n&apos;a pas pu être lu : {error}</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <location filename="../../exec_desk/ui/session/window.py" line="82"/>
        <source>Exec Desk — Session</source>
        <translation>Exec Desk — Séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/window.py" line="168"/>
        <source>+{minutes} min</source>
        <translation>+{minutes} min</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/window.py" line="282"/>
        <source>Could not open {url} in the browser.</source>
        <translation>Impossible d&apos;ouvrir {url} dans le navigateur.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/window.py" line="315"/>
        <source>Fetching the rest of the thread…</source>
        <translation>Récupération du reste du fil…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/window.py" line="333"/>
        <source>Fetch the rest — {cost} at most</source>
        <translation>Récupérer le reste — {cost} au plus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/window.py" line="350"/>
        <source>Added %n minute(s).</source>
        <translation>
            <numerusform>%n minute ajoutée.</numerusform>
            <numerusform>%n minutes ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/window.py" line="382"/>
        <source>Nothing new in your sources. Enjoy the quiet.</source>
        <translation>Rien de nouveau dans vos sources. Profitez du calme.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/window.py" line="415"/>
        <source>{problem} The keys were not changed.</source>
        <translation>{problem} Les touches n&apos;ont pas été modifiées.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/window.py" line="446"/>
        <source>No post of this session matches “{text}”.</source>
        <translation>Aucune publication de cette séance ne correspond à « {text} ».</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../exec_desk/storage/setting_checks.py" line="122"/>
        <source>The working day must end after it starts: {end} is not after {start}.</source>
        <translation>La journée de travail doit finir après son début : {end} n&apos;est pas après {start}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/storage/setting_checks.py" line="130"/>
        <source>Choose at least one working day, or turn reminders off.</source>
        <translation>Choisissez au moins un jour de travail, ou désactivez les rappels.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="60"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="65"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="68"/>
        <source>Posting</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="69"/>
        <source>Sources and groups</source>
        <translation>Sources et groupes</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="70"/>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="73"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="76"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="79"/>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="121"/>
        <source>Exec Desk — Settings</source>
        <translation>Exec Desk — Paramètres</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="134"/>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="144"/>
        <source>More</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="152"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="155"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="207"/>
        <source>A new language applies the next time Exec Desk starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage d&apos;Exec Desk.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="235"/>
        <source>Set by the environment variable {name}; it cannot be changed here.</source>
        <translation>Défini par la variable d&apos;environnement {name} ; vous ne pouvez pas le modifier ici.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="333"/>
        <source>The settings could not be saved: {error}</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="341"/>
        <source>Your groups and sources could not be saved, so nothing was saved: {error}</source>
        <translation>Vos groupes et sources n&apos;ont pas pu être enregistrés, rien n&apos;a donc été enregistré : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="351"/>
        <source>Nothing was saved. Please correct these:</source>
        <translation>Rien n&apos;a été enregistré. Veuillez corriger ceci :</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="353"/>
        <source>Nothing was saved. {problem}</source>
        <translation>Rien n&apos;a été enregistré. {problem}</translation>
    </message>
</context>
<context>
    <name>SettingsFields</name>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="42"/>
        <source>Session length</source>
        <translation>Durée d&apos;une séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="43"/>
        <source>Most posts in a session</source>
        <translation>Publications au plus par séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="44"/>
        <source>Time added when extending</source>
        <translation>Temps ajouté en prolongeant</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="45"/>
        <source>Time to undo a retweet</source>
        <translation>Délai pour annuler une republication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="46"/>
        <source>Remind me to take a session during working hours</source>
        <translation>Me rappeler de faire une séance pendant mes heures de travail</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="47"/>
        <source>Remind me every</source>
        <translation>Me le rappeler toutes les</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="48"/>
        <source>Working day starts at</source>
        <translation>Début de la journée de travail</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="49"/>
        <source>Working day ends at</source>
        <translation>Fin de la journée de travail</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="50"/>
        <source>Working days</source>
        <translation>Jours de travail</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="51"/>
        <source>Cool-off before a post is sent</source>
        <translation>Délai de réflexion avant l&apos;envoi d&apos;une publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="52"/>
        <source>Most posts in a thread</source>
        <translation>Publications au plus dans un fil</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="53"/>
        <source>Ask before sending above</source>
        <translation>Demander avant d&apos;envoyer au-delà de</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="54"/>
        <source>Monthly X API budget</source>
        <translation>Budget API X mensuel</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="55"/>
        <source>X API address</source>
        <translation>Adresse de l&apos;API X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="56"/>
        <source>Sign-in port</source>
        <translation>Port de connexion</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="57"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="58"/>
        <source>Open Exec Desk when I log in</source>
        <translation>Ouvrir Exec Desk à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="59"/>
        <source>Keep cached posts for</source>
        <translation>Garder les publications en cache pendant</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="60"/>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="61"/>
        <source>Calendar address type</source>
        <translation>Type d’adresse de l’agenda</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="62"/>
        <source>CalDAV user name</source>
        <translation>Nom d’utilisateur CalDAV</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="63"/>
        <source>My address in invitations</source>
        <translation>Mon adresse dans les invitations</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="64"/>
        <source>All-day events make me busy</source>
        <translation>Les événements d’une journée entière m’occupent</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="65"/>
        <source>Margin before the next meeting</source>
        <translation>Marge avant la réunion suivante</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="66"/>
        <source>Most sessions proposed a day</source>
        <translation>Séances proposées par jour, au plus</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="69"/>
        <source>How long a reading session lasts.</source>
        <translation>Durée d&apos;une séance de lecture.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="70"/>
        <source>A session adds no more posts once it shows this many.</source>
        <translation>Une séance n&apos;ajoute plus de publications une fois ce nombre atteint.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="71"/>
        <source>Minutes added when you extend a session.</source>
        <translation>Minutes ajoutées quand vous prolongez une séance.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="72"/>
        <source>A retweet waits this long before it is sent, so that you can undo it.</source>
        <translation>Une republication attend ce délai avant d&apos;être envoyée, pour que vous puissiez l&apos;annuler.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="75"/>
        <source>A notification suggests a session now and then during your working hours.</source>
        <translation>Une notification vous propose une séance de temps en temps pendant vos heures de travail.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="78"/>
        <source>Time between two reminders.</source>
        <translation>Temps entre deux rappels.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="79"/>
        <source>Local time, as HH:MM (for example 09:00).</source>
        <translation>Heure locale, au format HH:MM (par exemple 09:00).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="80"/>
        <source>Local time, as HH:MM (for example 18:00).</source>
        <translation>Heure locale, au format HH:MM (par exemple 18:00).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="81"/>
        <source>Reminders come only on these days.</source>
        <translation>Les rappels ne viennent que ces jours-là.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="82"/>
        <source>A new post waits this long in the outbox before it is sent; you can change or cancel it until then.</source>
        <translation>Une nouvelle publication attend ce délai dans la boîte d&apos;envoi avant d&apos;être envoyée ; vous pouvez la modifier ou l&apos;annuler jusque-là.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="86"/>
        <source>A longer text is refused: shorten it, or raise this if you really mean a long thread.</source>
        <translation>Un texte plus long est refusé : raccourcissez-le, ou augmentez cette valeur si vous voulez vraiment un long fil.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="89"/>
        <source>A post or thread whose estimated cost is above this is sent only once you confirm it. 0: always ask.</source>
        <translation>Une publication ou un fil dont le coût estimé dépasse ce montant n&apos;est envoyé qu&apos;après votre confirmation. 0 : toujours demander.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="93"/>
        <source>Once this month&apos;s X API spending reaches it, sessions show what is already here and fetch nothing new; your retweets and posts still go out. 0: no budget.</source>
        <translation>Une fois ce montant atteint par les dépenses API X du mois, les séances montrent ce qui est déjà là et ne récupèrent rien de nouveau ; vos republications et publications partent toujours. 0 : aucun budget.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="98"/>
        <source>Where Exec Desk sends its X API requests: https://api.x.com, or your company&apos;s gateway.</source>
        <translation>Où Exec Desk envoie ses requêtes à l&apos;API X : https://api.x.com, ou la passerelle de votre entreprise.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="101"/>
        <source>After you approve Exec Desk on X, X sends your browser back to http://127.0.0.1:&lt;port&gt;/callback: that exact address must be registered on your X app. Change it only if another program uses the port.</source>
        <translation>Une fois Exec Desk autorisé, X renvoie votre navigateur vers http://127.0.0.1:&lt;port&gt;/callback : cette adresse exacte doit être enregistrée sur votre application X. Ne la changez que si un autre programme utilise le port.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="106"/>
        <source>The language of Exec Desk&apos;s windows and menus.</source>
        <translation>La langue des fenêtres et des menus d&apos;Exec Desk.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="107"/>
        <source>Exec Desk starts in the tray when you log in.</source>
        <translation>Exec Desk démarre dans la zone de notification à l&apos;ouverture de votre session.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="108"/>
        <source>Posts fetched longer ago are forgotten, to keep the local database small; what you read stays marked read.</source>
        <translation>Les publications récupérées avant sont oubliées, pour garder la base locale petite ; ce que vous avez lu reste marqué comme lu.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="112"/>
        <source>An .ics file, or the address of a published calendar (ICS) or of a CalDAV calendar; read only. Sessions are then proposed in its free gaps. Empty: a reminder every interval instead.</source>
        <translation>Un fichier .ics, ou l’adresse d’un agenda publié (ICS) ou d’un agenda CalDAV, en lecture seule. Les séances sont alors proposées dans ses créneaux libres. Vide : un rappel à intervalle régulier à la place.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="117"/>
        <source>How an address is read: ICS or CalDAV.</source>
        <translation>Comment l’adresse est lue : ICS ou CalDAV.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="118"/>
        <source>For a CalDAV server; its password stays in the system keyring.</source>
        <translation>Pour un serveur CalDAV ; son mot de passe reste dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="121"/>
        <source>A meeting you declined leaves you free. Empty: the address your CalDAV server gives, if any.</source>
        <translation>Une réunion que vous avez déclinée vous laisse libre. Vide : l’adresse que donne votre serveur CalDAV, s’il en donne une.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="125"/>
        <source>By default an all-day event (a holiday, a trip) leaves the day&apos;s gaps free.</source>
        <translation>Par défaut, un événement d’une journée entière (un congé, un voyage) laisse libres les créneaux du jour.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="128"/>
        <source>A gap is proposed only if a session and this margin fit before the next meeting.</source>
        <translation>Un créneau n’est proposé que si une séance et cette marge tiennent avant la réunion suivante.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="131"/>
        <source>At most this many gaps are proposed a day.</source>
        <translation>Au plus ce nombre de créneaux est proposé par jour.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="134"/>
        <location filename="../../exec_desk/ui/settings/fields.py" line="135"/>
        <location filename="../../exec_desk/ui/settings/fields.py" line="136"/>
        <location filename="../../exec_desk/ui/settings/fields.py" line="137"/>
        <location filename="../../exec_desk/ui/settings/fields.py" line="139"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="138"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="140"/>
        <location filename="../../exec_desk/ui/settings/fields.py" line="143"/>
        <source> posts</source>
        <translation> publications</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="141"/>
        <location filename="../../exec_desk/ui/settings/fields.py" line="144"/>
        <source> USD</source>
        <translation> $ US</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="142"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="148"/>
        <source>No undo: send at once</source>
        <translation>Pas d&apos;annulation : envoi immédiat</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="149"/>
        <source>None: send at once</source>
        <translation>Aucun : envoi immédiat</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="150"/>
        <source>Always ask</source>
        <translation>Toujours demander</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="153"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="154"/>
        <source>English</source>
        <translation>Anglais (English)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="155"/>
        <source>French (Français)</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="156"/>
        <source>Published calendar (ICS)</source>
        <translation>Agenda publié (ICS)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="157"/>
        <source>CalDAV server</source>
        <translation>Serveur CalDAV</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="160"/>
        <location filename="../../exec_desk/ui/settings/fields.py" line="161"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="163"/>
        <source>/home/me/calendar.ics or https://…</source>
        <translation>/home/moi/agenda.ics ou https://…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="164"/>
        <source>you@company.com</source>
        <translation>vous@entreprise.com</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="168"/>
        <source>{label}: enter a time as HH:MM, for example 09:00.</source>
        <translation>{label} : saisissez une heure au format HH:MM, par exemple 09:00.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="169"/>
        <source>{label}: enter a time as HH:MM, for example 18:00.</source>
        <translation>{label} : saisissez une heure au format HH:MM, par exemple 18:00.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="170"/>
        <source>{label}: enter a web address that starts with http:// or https://, for example https://api.x.com.</source>
        <translation>{label} : saisissez une adresse web qui commence par http:// ou https://, par exemple https://api.x.com.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="174"/>
        <source>{label}: enter the full path of an .ics file, or an address that starts with https://.</source>
        <translation>{label} : saisissez le chemin complet d’un fichier .ics, ou une adresse qui commence par https://.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="177"/>
        <source>{label}: enter an e-mail address, or leave it empty.</source>
        <translation>{label} : saisissez une adresse e-mail, ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="264"/>
        <source>{label}: this is not in the expected format.</source>
        <translation>{label} : le format n&apos;est pas celui attendu.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="269"/>
        <source>{label} must be between {low} and {high}.</source>
        <translation>{label} doit être compris entre {low} et {high}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="272"/>
        <source>{label}: this value cannot be used.</source>
        <translation>{label} : cette valeur n&apos;est pas utilisable.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="383"/>
        <source>{label}: {item}</source>
        <translation>{label} : {item}</translation>
    </message>
</context>
<context>
    <name>SettingsSources</name>
    <message>
        <location filename="../../exec_desk/ui/settings/source_kinds.py" line="24"/>
        <source>X List</source>
        <translation>Liste X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/source_kinds.py" line="25"/>
        <source>List address or number, e.g. https://x.com/i/lists/123</source>
        <translation>Adresse ou numéro de la liste, ex. https://x.com/i/lists/123</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/source_kinds.py" line="27"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/source_kinds.py" line="27"/>
        <source>@name</source>
        <translation>@nom</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/source_kinds.py" line="30"/>
        <source>Saved search</source>
        <translation>Recherche enregistrée</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/source_kinds.py" line="31"/>
        <source>Search words, e.g. &quot;our brand&quot; -is:retweet</source>
        <translation>Mots à rechercher, ex. &quot;notre marque&quot; -is:retweet</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/source_kinds.py" line="52"/>
        <source>Home timeline</source>
        <translation>Fil d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/source_kinds.py" line="54"/>
        <source>Mentions of you</source>
        <translation>Mentions de votre compte</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/source_kinds.py" line="56"/>
        <source>X List: {name}</source>
        <translation>Liste X : {name}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/source_kinds.py" line="58"/>
        <source>Account: {name}</source>
        <translation>Compte : {name}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/source_kinds.py" line="59"/>
        <source>Saved search: {query}</source>
        <translation>Recherche enregistrée : {query}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/source_kinds.py" line="69"/>
        <source>Enter the number of the X List or its address, e.g. https://x.com/i/lists/123.</source>
        <translation>Saisissez le numéro de la liste X ou son adresse, ex. https://x.com/i/lists/123.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/source_kinds.py" line="78"/>
        <source>Enter an X account as @name (letters, digits and _, at most 15).</source>
        <translation>Saisissez un compte X sous la forme @nom (lettres, chiffres et _, 15 au plus).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/source_kinds.py" line="85"/>
        <source>Enter the words to search for (at most 512 characters).</source>
        <translation>Saisissez les mots à rechercher (512 caractères au plus).</translation>
    </message>
</context>
<context>
    <name>SetupGuide</name>
    <message>
        <location filename="../../exec_desk/ui/account/guide_page.py" line="47"/>
        <source>What X requires before Exec Desk can work. Do it once in the X Developer Console (console.x.com), then test the connection.</source>
        <translation>Ce que X exige avant qu&apos;Exec Desk puisse fonctionner. À faire une fois dans la console développeur X (console.x.com), puis testez la connexion.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/guide_page.py" line="86"/>
        <source>What X requires</source>
        <translation>Ce que X exige</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/guide_page.py" line="89"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/guide_page.py" line="103"/>
        <source>Callback URL to register on your X app</source>
        <translation>Adresse de retour à enregistrer sur votre application X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/guide_page.py" line="104"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/guide_page.py" line="105"/>
        <source>Copy the callback URL</source>
        <translation>Copier l&apos;adresse de retour</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/guide_page.py" line="130"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/guide_page.py" line="130"/>
        <source>To fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/guide_page.py" line="130"/>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/guide_page.py" line="130"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/guide_page.py" line="160"/>
        <location filename="../../exec_desk/ui/account/guide_page.py" line="175"/>
        <source>Fix first: {item}</source>
        <translation>À corriger d&apos;abord : {item}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/guide_page.py" line="163"/>
        <source>Connected: @{username} is signed in. This test cost {cost}.</source>
        <translation>Connecté : @{username} est connecté. Ce test a coûté {cost}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/guide_page.py" line="168"/>
        <source>Nothing failed.</source>
        <translation>Rien n&apos;a échoué.</translation>
    </message>
</context>
<context>
    <name>ShortcutRegistry</name>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="226"/>
        <source>{problem} The default keys are used.</source>
        <translation>{problem} Les touches par défaut sont utilisées.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="263"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="51"/>
        <source>Move</source>
        <translation>Se déplacer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="52"/>
        <source>Act on the post</source>
        <translation>Agir sur la publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="53"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="56"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="57"/>
        <source>Next post</source>
        <translation>Publication suivante</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="58"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="59"/>
        <source>Previous post</source>
        <translation>Publication précédente</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="60"/>
        <source>Page down</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="61"/>
        <source>Scroll one page down</source>
        <translation>Descendre d&apos;une page</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="62"/>
        <source>Page up</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="63"/>
        <source>Scroll one page up</source>
        <translation>Remonter d&apos;une page</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="64"/>
        <source>Next group</source>
        <translation>Groupe suivant</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="65"/>
        <source>Show the next group</source>
        <translation>Afficher le groupe suivant</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="66"/>
        <source>Previous group</source>
        <translation>Groupe précédent</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="67"/>
        <source>Show the previous group</source>
        <translation>Afficher le groupe précédent</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="68"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="69"/>
        <source>Filter the posts by words</source>
        <translation>Filtrer les publications par mots</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="70"/>
        <source>Retweet</source>
        <translation>Republier</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="71"/>
        <source>Retweet, or retry a failed one</source>
        <translation>Republier, ou réessayer une republication échouée</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="72"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="73"/>
        <source>Undo a pending retweet</source>
        <translation>Annuler une republication en attente</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="74"/>
        <source>Like</source>
        <translation>J&apos;aime</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="75"/>
        <source>Like the post</source>
        <translation>Aimer la publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="76"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="77"/>
        <source>Reply to the post</source>
        <translation>Répondre à la publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="78"/>
        <source>Quote</source>
        <translation>Citer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="79"/>
        <source>Quote the post</source>
        <translation>Citer la publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="80"/>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="81"/>
        <source>Write a new post</source>
        <translation>Rédiger une nouvelle publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="82"/>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="83"/>
        <source>Open the post and its thread</source>
        <translation>Ouvrir la publication et son fil</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="84"/>
        <source>Fetch the rest</source>
        <translation>Récupérer le reste</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="85"/>
        <source>In a thread: fetch what is missing, its cost shown first</source>
        <translation>Dans un fil : récupérer ce qui manque, son coût affiché d’abord</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="86"/>
        <source>Open on x.com</source>
        <translation>Ouvrir sur x.com</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="87"/>
        <source>Open the post on x.com</source>
        <translation>Ouvrir la publication sur x.com</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="88"/>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="89"/>
        <source>Show every shortcut</source>
        <translation>Afficher tous les raccourcis</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="90"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="91"/>
        <source>Close help or thread; else hide</source>
        <translation>Fermer l&apos;aide ou le fil ; sinon masquer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="93"/>
        <source>Add time to the session</source>
        <translation>Ajouter du temps à la séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="94"/>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="95"/>
        <source>End the session now</source>
        <translation>Terminer la séance maintenant</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="119"/>
        <source>this action</source>
        <translation>cette action</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="126"/>
        <source>“{key}” is not a key Exec Desk understands (for {action}).</source>
        <translation>« {key} » n&apos;est pas une touche reconnue par Exec Desk (pour {action}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="169"/>
        <source>There is no action named “{action}” to bind a key to.</source>
        <translation>Aucune action nommée « {action} » à laquelle associer une touche.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="175"/>
        <source>The key {key} cannot do two things: “{one}” and “{other}”. Choose another key.</source>
        <translation>La touche {key} ne peut pas faire deux choses : « {one} » et « {other} ». Choisissez une autre touche.</translation>
    </message>
</context>
<context>
    <name>ShortcutsPage</name>
    <message>
        <location filename="../../exec_desk/ui/settings/keys_page.py" line="83"/>
        <source>Select a box and press the key to use. Backspace empties a box. Keys without Ctrl or Alt do nothing while you type in a text field.</source>
        <translation>Sélectionnez une case et appuyez sur la touche à utiliser. Retour arrière vide une case. Les touches sans Ctrl ni Alt sont sans effet pendant que vous tapez dans un champ de texte.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/keys_page.py" line="101"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/keys_page.py" line="101"/>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/keys_page.py" line="101"/>
        <source>Other key</source>
        <translation>Autre touche</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/keys_page.py" line="124"/>
        <source>Restore the default keys</source>
        <translation>Rétablir les touches par défaut</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/keys_page.py" line="148"/>
        <source>Key for “{action}”</source>
        <translation>Touche pour « {action} »</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/keys_page.py" line="148"/>
        <source>Other key for “{action}”</source>
        <translation>Autre touche pour « {action} »</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/keys_page.py" line="150"/>
        <source>Press the key to use; Backspace empties the box.</source>
        <translation>Appuyez sur la touche à utiliser ; Retour arrière vide la case.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/keys_page.py" line="169"/>
        <source>No key</source>
        <translation>Aucune touche</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/keys_page.py" line="185"/>
        <source>Some saved keys could not be read; the default keys are shown.</source>
        <translation>Certaines touches enregistrées sont illisibles ; les touches par défaut sont affichées.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/keys_page.py" line="233"/>
        <source>The key {key} cannot do two things: “{first}” and “{second}”. Choose another key.</source>
        <translation>La touche {key} ne peut pas faire deux choses : « {first} » et « {second} ». Choisissez une autre touche.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="92"/>
        <source>Use &amp;my own X app instead</source>
        <translation>Utiliser &amp;ma propre application X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="100"/>
        <source>Sign in through your X developer app: copy its OAuth 2.0 Client ID from the app&apos;s Keys and tokens page. The Set-up guide says what X requires of the app.</source>
        <translation>Connectez-vous par votre application développeur X : copiez son Client ID OAuth 2.0 depuis la page « Keys and tokens » de l&apos;application. Le guide de configuration dit ce que X exige de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="110"/>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="112"/>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="110"/>
        <source>The OAuth 2.0 Client ID of your X app.</source>
        <translation>Le Client ID OAuth 2.0 de votre application X.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="115"/>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="120"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="116"/>
        <source>Only for an app of type Web App or Automated App or Bot; leave empty for a Native App.</source>
        <translation>Seulement pour une application de type Web App ou Automated App or Bot ; laissez vide pour une Native App.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="119"/>
        <source>Only for a Web App or an Automated App or Bot</source>
        <translation>Seulement pour une Web App ou une Automated App or Bot</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="124"/>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="126"/>
        <source>Sign-in port</source>
        <translation>Port de connexion</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="127"/>
        <source>Callback URL to register on your X app</source>
        <translation>Adresse de retour à enregistrer sur votre application X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="129"/>
        <source>Cop&amp;y</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="130"/>
        <source>Copy the callback URL</source>
        <translation>Copier l&apos;adresse de retour</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="134"/>
        <source>Callback URL</source>
        <translation>Adresse de retour</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="135"/>
        <source>Register it exactly on your X app: X compares it character for character.</source>
        <translation>Enregistrez-la à l&apos;identique sur votre application X : X la compare caractère par caractère.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="139"/>
        <source>I own this X &amp;developer app</source>
        <translation>Je suis propriétaire de cette application &amp;développeur X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="147"/>
        <source>&amp;Sign in with X</source>
        <translation>&amp;Se connecter avec X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="148"/>
        <source>C&amp;ancel sign-in</source>
        <translation>&amp;Annuler la connexion</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="159"/>
        <source>X bills reads of your own posts, mentions and lists at $0.001 instead of $0.005 only when you own the app. Leave it unticked when you sign in through someone else&apos;s app (your company&apos;s, say).</source>
        <translation>X ne facture les lectures de vos propres publications, mentions et listes 0,001 $ au lieu de 0,005 $ que si l&apos;application est à vous. Laissez la case vide si vous vous connectez par l&apos;application de quelqu&apos;un d&apos;autre (celle de votre entreprise, par exemple).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="179"/>
        <source>X&apos;s consent page address</source>
        <translation>Adresse de la page d&apos;autorisation de X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="181"/>
        <source>Copy add&amp;ress</source>
        <translation>Copier l&apos;ad&amp;resse</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="186"/>
        <source>If your browser cannot come back to this computer, paste the address your browser ended on (within 30 seconds: X&apos;s code expires):</source>
        <translation>Si votre navigateur ne peut pas revenir vers cet ordinateur, collez l&apos;adresse sur laquelle il s&apos;est arrêté (dans les 30 secondes : le code de X expire) :</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="194"/>
        <source>The address your browser ended on</source>
        <translation>L&apos;adresse sur laquelle votre navigateur s&apos;est arrêté</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="196"/>
        <source>&amp;Use this address</source>
        <translation>&amp;Utiliser cette adresse</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="217"/>
        <source>Exec Desk signs in through your organisation&apos;s X app (set up by your IT department). Click Sign in with X and approve Exec Desk on X&apos;s page.</source>
        <translation>Exec Desk se connecte par l&apos;application X de votre organisation (configurée par votre service informatique). Cliquez sur Se connecter avec X et autorisez Exec Desk sur la page de X.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="246"/>
        <source>Your browser shows X&apos;s consent page. To use another browser, copy this address:</source>
        <translation>Votre navigateur affiche la page d&apos;autorisation de X. Pour utiliser un autre navigateur, copiez cette adresse :</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/signin_page.py" line="248"/>
        <source>Exec Desk could not open a browser. Copy this address into a browser on this computer and approve Exec Desk there:</source>
        <translation>Exec Desk n&apos;a pas pu ouvrir de navigateur. Copiez cette adresse dans un navigateur de cet ordinateur et autorisez-y Exec Desk :</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="83"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="92"/>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="95"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="93"/>
        <source>Groups with a higher priority come first in a session.</source>
        <translation>Les groupes de plus haute priorité viennent en premier dans une séance.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="96"/>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="100"/>
        <source>Most posts per session</source>
        <translation>Publications au plus par séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="97"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="98"/>
        <source>The most posts of this group in one session; 0 means no limit.</source>
        <translation>Le nombre maximal de publications de ce groupe dans une séance ; 0 signifie sans limite.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="103"/>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="104"/>
        <source>Sources of the group</source>
        <translation>Sources du groupe</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="107"/>
        <source>Remove the source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="110"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="112"/>
        <source>Adds the source typed below and removes the selected one.</source>
        <translation>Ajoute la source saisie ci-dessous et retire celle qui est sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="122"/>
        <source>Kind of source to add</source>
        <translation>Type de source à ajouter</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="128"/>
        <source>Source to add</source>
        <translation>Source à ajouter</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="130"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="132"/>
        <source>Add the source to the group</source>
        <translation>Ajouter la source au groupe</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="134"/>
        <source>Add a source to the group</source>
        <translation>Ajouter une source au groupe</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="145"/>
        <source>Sources and groups can be changed once Exec Desk has started.</source>
        <translation>Les sources et les groupes pourront être modifiés une fois Exec Desk démarré.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="147"/>
        <source>Reading your groups…</source>
        <translation>Lecture de vos groupes…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="185"/>
        <source>No groups yet: your first session sets them up.</source>
        <translation>Pas encore de groupes : votre première séance les crée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="188"/>
        <source>Choose a group to change its priority, its share of each session and its sources.</source>
        <translation>Choisissez un groupe pour modifier sa priorité, sa part de chaque séance et ses sources.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="194"/>
        <source>Your groups could not be read: {error}</source>
        <translation>Vos groupes n&apos;ont pas pu être lus : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="222"/>
        <source>{source} — gone from X</source>
        <translation>{source} — disparue de X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="231"/>
        <source>{source} (new)</source>
        <translation>{source} (nouvelle)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="252"/>
        <source>X says: {reason} Remove it, or type its replacement below and choose Replace.</source>
        <translation>X indique : {reason} Retirez-la, ou saisissez sa remplaçante ci-dessous et choisissez Remplacer.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="253"/>
        <source>it no longer exists.</source>
        <translation>elle n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="289"/>
        <source>This source is already in the group {group}.</source>
        <translation>Cette source est déjà dans le groupe {group}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="293"/>
        <source>Added; it is saved with the settings.</source>
        <translation>Ajoutée ; elle sera enregistrée avec les paramètres.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="308"/>
        <source>Replaced; it is saved with the settings.</source>
        <translation>Remplacée ; elle sera enregistrée avec les paramètres.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="322"/>
        <source>Removed; it is saved with the settings.</source>
        <translation>Retirée ; ce sera enregistré avec les paramètres.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="329"/>
        <source>Press Add to add the source you typed, or empty its box.</source>
        <translation>Appuyez sur Ajouter pour ajouter la source saisie, ou videz sa case.</translation>
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
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="31"/>
        <source>Session ended early</source>
        <translation>Séance terminée plus tôt</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="32"/>
        <source>Time&apos;s up — session done</source>
        <translation>Temps écoulé — séance terminée</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="43"/>
        <source>A post counts as read once it stayed on screen long enough to read it, or when you acted on it; read posts are not shown again.</source>
        <translation>Une publication compte comme lue dès qu&apos;elle a été affichée assez longtemps pour être lue, ou quand vous avez agi dessus ; les publications lues ne sont plus montrées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/summary.py" line="51"/>
        <source>The %n other post(s) come back in your next session.</source>
        <translation>
            <numerusform>L&apos;autre publication revient à votre prochaine séance.</numerusform>
            <numerusform>Les %n autres publications reviennent à votre prochaine séance.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="72"/>
        <source>Session done</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="84"/>
        <source>Posts read</source>
        <translation>Publications lues</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="85"/>
        <source>Retweeted</source>
        <translation>Republiées</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="86"/>
        <source>Posted</source>
        <translation>Publiées</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="87"/>
        <source>Time used</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="88"/>
        <source>API cost of this session</source>
        <translation>Coût API de cette séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="96"/>
        <source>Extend +{minutes} min</source>
        <translation>Prolonger de {minutes} min</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="99"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="141"/>
        <source>From {start} to {end}.</source>
        <translation>De {start} à {end}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="143"/>
        <source>At {start}.</source>
        <translation>À {start}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="145"/>
        <source>Started {date}</source>
        <translation>Commencée le {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/summary.py" line="150"/>
        <source>of %n post(s) in this session</source>
        <translation>
            <numerusform>sur %n publication dans cette séance</numerusform>
            <numerusform>sur %n publications dans cette séance</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="150"/>
        <source>none in this session</source>
        <translation>aucune dans cette séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="156"/>
        <source>of {duration} planned</source>
        <translation>sur {duration} prévues</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="159"/>
        <source>X API fees for the reads and writes of this session, from the ledger.</source>
        <translation>Frais de l&apos;API X pour les lectures et écritures de cette séance, d&apos;après le registre.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="166"/>
        <source>This month so far: {spent}.</source>
        <translation>Depuis le début du mois : {spent}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="168"/>
        <source>This month so far: {spent}, over your {budget} monthly budget.</source>
        <translation>Depuis le début du mois : {spent}, au-delà de votre budget mensuel de {budget}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="171"/>
        <source>This month so far: {spent} of your {budget} monthly budget.</source>
        <translation>Depuis le début du mois : {spent} sur votre budget mensuel de {budget}.</translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <location filename="../../exec_desk/services/session/thread.py" line="48"/>
        <source>Could not fetch the rest of the thread ({error}); try again later.</source>
        <translation>Impossible de récupérer le reste du fil ({error}) ; réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>ThreadPreview</name>
    <message>
        <location filename="../../exec_desk/ui/composer/preview.py" line="142"/>
        <source>Thread preview</source>
        <translation>Aperçu du fil</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/preview.py" line="143"/>
        <source>The posts the thread will be sent as, each with its length and price.</source>
        <translation>Les publications qui composeront le fil, chacune avec sa longueur et son prix.</translation>
    </message>
</context>
<context>
    <name>ThreadPreviewModel</name>
    <message>
        <location filename="../../exec_desk/ui/composer/preview.py" line="75"/>
        <source>Post {number} of {count}, {length} characters: {text}</source>
        <translation>Publication {number} sur {count}, {length} caractères : {text}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="74"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="76"/>
        <source>%n min</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="78"/>
        <source>%n h</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="80"/>
        <source>%n d</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="88"/>
        <source>Retweeted · Pending… ({key} to undo)</source>
        <translation>Republiée · En attente… ({key} pour annuler)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="90"/>
        <source>Retweeted</source>
        <translation>Republiée</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="93"/>
        <source>Retweet failed — press {key} to retry ({error})</source>
        <translation>Échec de la republication — appuyez sur {key} pour réessayer ({error})</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="95"/>
        <source>Retweet failed — press {key} to retry</source>
        <translation>Échec de la republication — appuyez sur {key} pour réessayer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="100"/>
        <source>Cannot retweet: {error}</source>
        <translation>Republication impossible : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="101"/>
        <source>Cannot retweet this post</source>
        <translation>Impossible de republier cette publication</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="109"/>
        <source>%Ln (reply|replies)</source>
        <comment>metrics</comment>
        <translation>
            <numerusform>%Ln réponse</numerusform>
            <numerusform>%Ln réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="110"/>
        <source>%Ln retweet(s)</source>
        <comment>metrics</comment>
        <translation>
            <numerusform>%Ln republication</numerusform>
            <numerusform>%Ln republications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="111"/>
        <source>%Ln like(s)</source>
        <comment>metrics</comment>
        <translation>
            <numerusform>%Ln j&apos;aime</numerusform>
            <numerusform>%Ln j&apos;aime</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="112"/>
        <source>%Ln quote(s)</source>
        <comment>metrics</comment>
        <translation>
            <numerusform>%Ln citation</numerusform>
            <numerusform>%Ln citations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="122"/>
        <source>Retweeted by {name}</source>
        <translation>Republiée par {name}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="124"/>
        <source>Retweeted by {name} and {other}</source>
        <translation>Republiée par {name} et {other}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="126"/>
        <source>Retweeted by {name} and %n other(s)</source>
        <translation>
            <numerusform>Republiée par {name} et %n autre personne</numerusform>
            <numerusform>Republiée par {name} et %n autres personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="131"/>
        <source>Unknown account</source>
        <translation>Compte inconnu</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="136"/>
        <source>Why: {reason}</source>
        <translation>Pourquoi : {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="138"/>
        <source>%n similar post(s) folded in</source>
        <translation>
            <numerusform>%n publication similaire regroupée</numerusform>
            <numerusform>%n publications similaires regroupées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="144"/>
        <source>Quoted post</source>
        <translation>Publication citée</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../exec_desk/ui/timeline/view.py" line="33"/>
        <source>Posts of this session</source>
        <translation>Publications de cette séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/view.py" line="34"/>
        <source>The keyboard shortcuts act on the selected post</source>
        <translation>Les raccourcis clavier agissent sur la publication sélectionnée</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/view.py" line="35"/>
        <source>Fetching your sources…</source>
        <translation>Récupération de vos sources…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/view.py" line="37"/>
        <source>No post of this session matches the filter.</source>
        <translation>Aucune publication de cette séance ne correspond au filtre.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="44"/>
        <source>Demo — a fake X with made-up accounts; nothing is posted to the real X.</source>
        <translation>Démo — un faux X avec des comptes inventés ; rien n&apos;est publié sur le vrai X.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="45"/>
        <source>This desktop shows no system tray, so Exec Desk lives in this small window instead. Closing it keeps Exec Desk running (run exec-desk again to bring it back); use Menu → Quit to stop it.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification : Exec Desk vit donc dans cette petite fenêtre. La fermer laisse Exec Desk tourner (relancez exec-desk pour la retrouver) ; utilisez Menu → Quitter pour l&apos;arrêter.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="54"/>
        <source>Snooze 15 minutes</source>
        <translation>Reporter de 15 minutes</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="55"/>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="56"/>
        <source>For the rest of today</source>
        <translation>Jusqu&apos;à la fin de la journée</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="57"/>
        <source>Resume reminders</source>
        <translation>Reprendre les rappels</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="102"/>
        <source>Back to the session ({time} left)</source>
        <translation>Revenir à la séance (encore {time})</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="104"/>
        <source>Start a {minutes}-minute session</source>
        <translation>Commencer une séance de {minutes} min</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="130"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="139"/>
        <location filename="../../exec_desk/ui/tray.py" line="279"/>
        <source>Pause reminders</source>
        <translation>Suspendre les rappels</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="159"/>
        <source>{app} — Demo</source>
        <translation>{app} — Démo</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="176"/>
        <source>Exec Desk is already running: it lives in the system tray.</source>
        <translation>Exec Desk est déjà lancé : il se trouve dans la zone de notification.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="234"/>
        <source>Click here to start it.</source>
        <translation>Cliquez ici pour la commencer.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="235"/>
        <source>Click here for the summary.</source>
        <translation>Cliquez ici pour le bilan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/tray.py" line="257"/>
        <source>Session running: %n min left</source>
        <translation>
            <numerusform>Séance en cours : encore %n min</numerusform>
            <numerusform>Séance en cours : encore %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="275"/>
        <source>Last session…</source>
        <translation>Dernière séance…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="276"/>
        <location filename="../../exec_desk/ui/tray.py" line="351"/>
        <source>Quick compose</source>
        <translation>Rédaction rapide</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="281"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="290"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="291"/>
        <source>Account…</source>
        <translation>Compte…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="293"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="334"/>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="335"/>
        <source>Hide this explanation</source>
        <translation>Masquer cette explication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="353"/>
        <source>Menu…</source>
        <translation>Menu…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="354"/>
        <source>Pause reminders, settings, account, quit</source>
        <translation>Suspendre les rappels, paramètres, compte, quitter</translation>
    </message>
</context>
<context>
    <name>UploadProgress</name>
    <message>
        <location filename="../../exec_desk/ui/outbox/progress.py" line="23"/>
        <source>Uploading the video… {percent} %</source>
        <translation>Envoi de la vidéo… {percent} %</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/progress.py" line="25"/>
        <source>Uploading the GIF… {percent} %</source>
        <translation>Envoi du GIF… {percent} %</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/progress.py" line="29"/>
        <source>X is processing the video… {percent} %</source>
        <translation>X traite la vidéo… {percent} %</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/progress.py" line="31"/>
        <source>X is processing the GIF… {percent} %</source>
        <translation>X traite le GIF… {percent} %</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/progress.py" line="35"/>
        <source>Waiting for X to process the video…</source>
        <translation>En attente du traitement de la vidéo par X…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/progress.py" line="37"/>
        <source>Waiting for X to process the GIF…</source>
        <translation>En attente du traitement du GIF par X…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/progress.py" line="50"/>
        <source>Upload to X</source>
        <translation>Envoi vers X</translation>
    </message>
</context>
<context>
    <name>WhenPicker</name>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="266"/>
        <source>Send now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="266"/>
        <source>Send in</source>
        <translation>Dans</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="266"/>
        <source>Send at</source>
        <translation>Le</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="267"/>
        <source>A post waiting in the outbox can be undone until it is sent.</source>
        <translation>Une publication en attente dans la boîte d&apos;envoi peut être annulée jusqu&apos;à son envoi.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="268"/>
        <source>When to send</source>
        <translation>Quand envoyer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="272"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="273"/>
        <source>Minutes before it is sent</source>
        <translation>Minutes avant l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="278"/>
        <source>Day and time to send it</source>
        <translation>Jour et heure d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="307"/>
        <source>The time to send is in the past: pick a later one, or send now.</source>
        <translation>L&apos;heure d&apos;envoi est passée : choisissez-en une plus tardive, ou envoyez maintenant.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="316"/>
        <source>in {minutes} min</source>
        <translation>dans {minutes} min</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="320"/>
        <source>at {time}</source>
        <translation>à {time}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/parts.py" line="322"/>
        <source>at {day} {time}</source>
        <translation>{day} à {time}</translation>
    </message>
</context>
</TS>
