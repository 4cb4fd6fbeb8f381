<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="54"/>
        <source>API key (consumer key)</source>
        <translation>Clé d&apos;API (consumer key)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="55"/>
        <source>API key secret (consumer secret)</source>
        <translation>Secret de la clé d&apos;API (consumer secret)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="56"/>
        <source>Access token</source>
        <translation>Jeton d&apos;accès (access token)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="57"/>
        <source>Access token secret</source>
        <translation>Secret du jeton d&apos;accès (access token secret)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="71"/>
        <source>Fill in the {label}.</source>
        <translation>Renseignez le champ « {label} ».</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="73"/>
        <source>The {label} contains spaces or line breaks; paste it again as one word.</source>
        <translation>Le champ « {label} » contient des espaces ou des retours à la ligne ; collez-le de nouveau, d&apos;un seul tenant.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="77"/>
        <source>The {label} contains characters X never puts in keys; paste it again.</source>
        <translation>Le champ « {label} » contient des caractères que X ne met jamais dans ses clés ; collez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="97"/>
        <source>Exec Desk — Account</source>
        <translation>Exec Desk — Compte</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="111"/>
        <source>Sign in with X</source>
        <translation>Se connecter avec X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="112"/>
        <source>OAuth 1.0a keys</source>
        <translation>Clés OAuth 1.0a</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="113"/>
        <source>Set-up guide</source>
        <translation>Guide de configuration</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="114"/>
        <location filename="../../exec_desk/ui/account/dialog.py" line="115"/>
        <source>Ways to sign in, and the set-up guide</source>
        <translation>Façons de se connecter, et guide de configuration</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="122"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="147"/>
        <source>Keys from the X developer portal (the app&apos;s Keys and tokens page, Read and write).</source>
        <translation>Clés du portail développeur X (page « Keys and tokens » de l&apos;application, droits Read and write).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="158"/>
        <source>Check and sa&amp;ve keys</source>
        <translation>&amp;Vérifier et enregistrer les clés</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="213"/>
        <source>Signing in needs the system keyring, which is not usable here. {error}</source>
        <translation>La connexion a besoin du trousseau du système, qui n&apos;est pas utilisable ici. {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="218"/>
        <source>The keyring could not be checked: {error}</source>
        <translation>Impossible de vérifier le trousseau : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="225"/>
        <source>Enter the Client ID of your X developer app first.</source>
        <translation>Saisissez d&apos;abord le Client ID de votre application développeur X.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="239"/>
        <source>Opening X&apos;s consent page in your browser…</source>
        <translation>Ouverture de la page d&apos;autorisation de X dans votre navigateur…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="247"/>
        <source>Approve Exec Desk on X&apos;s page in your browser, then come back here.</source>
        <translation>Autorisez Exec Desk sur la page de X dans votre navigateur, puis revenez ici.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="249"/>
        <source>No browser could be opened: copy the address below into a browser.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert : copiez l&apos;adresse ci-dessous dans un navigateur.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="260"/>
        <source>Checking the address with X…</source>
        <translation>Vérification de l&apos;adresse auprès de X…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="266"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="286"/>
        <source>Checking the keys with X…</source>
        <translation>Vérification des clés auprès de X…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="302"/>
        <source>Testing the connection with X…</source>
        <translation>Test de la connexion avec X…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="313"/>
        <source>The test could not run: {error}</source>
        <translation>Le test n&apos;a pas pu se faire : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="325"/>
        <source>Signed in as @{username}. Exec Desk now uses this account.</source>
        <translation>Connecté en tant que @{username}. Exec Desk utilise désormais ce compte.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="333"/>
        <source>Sign-in was cancelled. Nothing was saved.</source>
        <translation>La connexion a été annulée. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="337"/>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="340"/>
        <source>{error} Nothing was saved.</source>
        <translation>{error} Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/dialog.py" line="345"/>
        <source>Sign-in failed. {reason} Nothing was saved. (Set-up guide: {item})</source>
        <translation>La connexion a échoué. {reason} Rien n&apos;a été enregistré. (Guide de configuration : {item})</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../exec_desk/services/session/actions.py" line="33"/>
        <source>{reason}; {advice}.</source>
        <translation>{reason} ; {advice}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/session/actions.py" line="35"/>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/session/actions.py" line="36"/>
        <source>Your X plan cannot like posts</source>
        <translation>Votre formule X ne permet pas d&apos;aimer des publications</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/session/actions.py" line="37"/>
        <source>Your X plan cannot quote posts</source>
        <translation>Votre formule X ne permet pas de citer des publications</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/session/actions.py" line="38"/>
        <source>Your X plan can reply only when the author mentioned you</source>
        <translation>Votre formule X ne permet de répondre que si l&apos;auteur vous a mentionné</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/session/actions.py" line="39"/>
        <source>open it on x.com instead</source>
        <translation>ouvrez-la plutôt sur x.com</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/session/actions.py" line="40"/>
        <source>open it on x.com to reply</source>
        <translation>ouvrez-la sur x.com pour répondre</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/session/actions.py" line="41"/>
        <source>Exec Desk does not know the action {action}.</source>
        <translation>Exec Desk ne connaît pas l&apos;action {action}.</translation>
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
    <name>CompanyFlag</name>
    <message>
        <location filename="../../exec_desk/ui/composer/company.py" line="39"/>
        <source>Amplify the company&apos;s post instead</source>
        <translation>Amplifier plutôt la publication de l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/company.py" line="56"/>
        <source>your company</source>
        <translation>votre entreprise</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/company.py" line="58"/>
        <source>This repeats {who}&apos;s recent post ({percent} % alike): “{text}”</source>
        <translation>Ceci répète la publication récente de {who} (semblable à {percent} %) : « {text} »</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/company.py" line="65"/>
        <source>Amplify the company&apos;s post instead ({key})</source>
        <translation>Amplifier plutôt la publication de l&apos;entreprise ({key})</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/company.py" line="66"/>
        <source>Retweets it (your draft stays in Drafts).</source>
        <translation>La retweete (votre brouillon reste dans les brouillons).</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <location filename="../../exec_desk/core/compose.py" line="65"/>
        <source>Write something first.</source>
        <translation>Écrivez d&apos;abord quelque chose.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/compose.py" line="66"/>
        <source>This is {length} characters; one post holds {max}. Shorten it by {over}, or send it as a thread of {parts} posts.</source>
        <translation>Ce texte fait {length} caractères ; une publication en contient {max}. Raccourcissez-le de {over} ou envoyez-le en fil de {parts} publications.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/compose.py" line="70"/>
        <source>The text holds a character X does not accept ({name}); remove it.</source>
        <translation>Le texte contient un caractère que X n&apos;accepte pas ({name}) ; supprimez-le.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/compose.py" line="71"/>
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
        <location filename="../../exec_desk/app/compose.py" line="88"/>
        <source>“{text}”</source>
        <translation>« {text} »</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="89"/>
        <source>@{username}: “{text}”</source>
        <translation>@{username} : « {text} »</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="272"/>
        <source>Amplifying {who}&apos;s post instead; your draft stays in Drafts (undo from the Outbox).</source>
        <translation>La publication de {who} est amplifiée à la place ; votre brouillon reste dans les brouillons (annulation depuis la boîte d&apos;envoi).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="316"/>
        <source>Queued: it goes at {time}. Until then you can undo it from the Outbox.</source>
        <translation>En attente : envoi à {time}. D&apos;ici là, vous pouvez en annuler l&apos;envoi depuis la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="328"/>
        <source>It could not be queued ({error}); nothing was sent. Try again.</source>
        <translation>Impossible de la mettre en attente ({error}) ; rien n&apos;a été envoyé. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="362"/>
        <source>That draft was deleted in the meantime.</source>
        <translation>Ce brouillon a été supprimé entre-temps.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="370"/>
        <source>Outbox ({count} waiting)…</source>
        <translation>Boîte d&apos;envoi ({count} en attente)…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="370"/>
        <source>Outbox…</source>
        <translation>Boîte d&apos;envoi…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="372"/>
        <source>Drafts…</source>
        <translation>Brouillons…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="400"/>
        <source>Your post was not sent. {reason}</source>
        <translation>Votre publication n&apos;a pas été envoyée. {reason}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="411"/>
        <source>Your retweet is on X.</source>
        <translation>Votre republication est sur X.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="416"/>
        <source>Your post is on X.</source>
        <translation>Votre publication est sur X.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="416"/>
        <source>Your thread is on X.</source>
        <translation>Votre fil est sur X.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="432"/>
        <source>X refused your sign-in: sign in again from the tray (Account…). Your waiting posts and retweets are kept and sent then.</source>
        <translation>X a refusé votre connexion : reconnectez-vous depuis la zone de notification (Compte…). Vos posts et retweets en attente sont conservés et partiront alors.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/compose.py" line="437"/>
        <source>{reason} Your waiting posts and retweets are kept.</source>
        <translation>{reason} Vos posts et retweets en attente sont conservés.</translation>
    </message>
</context>
<context>
    <name>ComposerForm</name>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="82"/>
        <source>New post — Exec Desk</source>
        <translation>Nouvelle publication — Exec Desk</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="100"/>
        <source>Start a &amp;new post</source>
        <translation>Commencer une &amp;nouvelle publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="102"/>
        <source>Put this draft aside (it stays in your Drafts) and write a new post.</source>
        <translation>Mettre ce brouillon de côté (il reste dans vos brouillons) et écrire une nouvelle publication.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="114"/>
        <source>What would you like to say?</source>
        <translation>Que voulez-vous dire ?</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="115"/>
        <source>Post text</source>
        <translation>Texte de la publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="117"/>
        <source>{send} sends; {hide} hides the composer and keeps the draft.</source>
        <translation>{send} envoie ; {hide} masque la fenêtre de rédaction et garde le brouillon.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="127"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="132"/>
        <source>Estimated price</source>
        <translation>Prix estimé</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="134"/>
        <source>X charges {post} a post, {link} a post with a link (pay-per-use prices).</source>
        <translation>X facture {post} par publication, {link} par publication avec un lien (tarifs à l&apos;usage).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="142"/>
        <source>Characters used</source>
        <translation>Caractères utilisés</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="144"/>
        <source>Characters used out of {max}. A link counts as 23; most emoji and Chinese, Japanese or Korean characters count as 2.</source>
        <translation>Caractères utilisés sur {max}. Un lien compte pour 23 ; la plupart des emoji et des caractères chinois, japonais ou coréens comptent pour 2.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="162"/>
        <source>Your last post, on its way to X:</source>
        <translation>Votre dernière publication, en route vers X :</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="174"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="177"/>
        <source>&amp;Thread</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="179"/>
        <source>Split a long text into numbered posts at sentence ends, each a reply to the last.</source>
        <translation>Découpe un long texte en publications numérotées, en fin de phrase, chacune répondant à la précédente.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="182"/>
        <source>&amp;Drafts</source>
        <translation>&amp;Brouillons</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="182"/>
        <source>Your unsent drafts: reopen or delete one.</source>
        <translation>Vos brouillons non envoyés : rouvrez-en un ou supprimez-le.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="184"/>
        <source>&amp;Outbox</source>
        <translation>Boîte d&apos;&amp;envoi</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="184"/>
        <source>What waits to be sent, and when; undo a post until it goes.</source>
        <translation>Ce qui attend d&apos;être envoyé, et quand ; vous pouvez annuler l&apos;envoi d&apos;une publication jusqu&apos;à son départ.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="187"/>
        <location filename="../../exec_desk/ui/composer/form.py" line="260"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="189"/>
        <source>Send ({key})</source>
        <translation>Envoyer ({key})</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="192"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="192"/>
        <source>Hide the composer; the draft is kept ({key}).</source>
        <translation>Masquer la fenêtre de rédaction ; le brouillon est conservé ({key}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="225"/>
        <source>{count} posts</source>
        <translation>{count} publications</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="233"/>
        <source>{send} sends · {hide} hides and keeps the draft</source>
        <translation>{send} envoie · {hide} masque et garde le brouillon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/composer/form.py" line="238"/>
        <source>%n character(s) too many. Shorten it, or &lt;a href=&quot;thread&quot;&gt;send it as a thread of {n} posts&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n caractère en trop. Raccourcissez le texte ou &lt;a href=&quot;thread&quot;&gt;envoyez-le en fil de {n} publications&lt;/a&gt;.</numerusform>
            <numerusform>%n caractères en trop. Raccourcissez le texte ou &lt;a href=&quot;thread&quot;&gt;envoyez-le en fil de {n} publications&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="255"/>
        <source>Est. {price} for {count} posts</source>
        <translation>Env. {price} pour {count} publications</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="255"/>
        <source>Est. {price}</source>
        <translation>Env. {price}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="258"/>
        <source>Send {count} posts {when}</source>
        <translation>Envoyer le fil ({count}) {when}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="258"/>
        <source>Send {count} posts</source>
        <translation>Envoyer le fil ({count})</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/form.py" line="260"/>
        <source>Send {when}</source>
        <translation>Envoyer {when}</translation>
    </message>
</context>
<context>
    <name>ComposerStep</name>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="40"/>
        <source>This thread of {count} posts will cost about {price}, more than the {threshold} above which Exec Desk asks (Settings → Posting). Send it?</source>
        <translation>Ce fil de {count} publications coûtera environ {price}, plus que les {threshold} au-delà desquels Exec Desk demande confirmation (Paramètres → Publication). L&apos;envoyer ?</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="46"/>
        <source>This post will cost about {price}, more than the {threshold} above which Exec Desk asks (Settings → Posting). Send it?</source>
        <translation>Cette publication coûtera environ {price}, plus que les {threshold} au-delà desquels Exec Desk demande confirmation (Paramètres → Publication). L&apos;envoyer ?</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="51"/>
        <source>Send for {price}</source>
        <translation>Envoyer pour {price}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="60"/>
        <source>Open the earlier post</source>
        <translation>Ouvrir la publication précédente</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="62"/>
        <source>Show the outbox</source>
        <translation>Afficher la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="69"/>
        <source>{reason} Put the address of the official press release first in the post, once it is published.</source>
        <translation>{reason} Mettez d&apos;abord dans la publication l&apos;adresse du communiqué de presse officiel, une fois celui-ci publié.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="74"/>
        <source>{reason} The first link of your post, {url}, must be the official press release, already published.</source>
        <translation>{reason} Le premier lien de votre publication, {url}, doit être le communiqué de presse officiel, déjà publié.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="79"/>
        <source>Send: it is the press release</source>
        <translation>Envoyer : c&apos;est le communiqué</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="92"/>
        <source>Before sending</source>
        <translation>Avant l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="103"/>
        <source>Keep editing</source>
        <translation>Continuer à écrire</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/step.py" line="105"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="83"/>
        <source>Images, GIFs and videos</source>
        <translation>Images, GIF et vidéos</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="84"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="85"/>
        <source>Attach images, a GIF or a video</source>
        <translation>Joindre des images, un GIF ou une vidéo</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="213"/>
        <source>Your unsent draft from {when} is back.</source>
        <translation>Votre brouillon non envoyé, modifié {when}, est de retour.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="222"/>
        <source>Your earlier draft is in your Drafts.</source>
        <translation>Votre brouillon précédent est dans vos brouillons.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="300"/>
        <source>Left out: {reason}</source>
        <translation>Laissé de côté : {reason}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="320"/>
        <source>Reply to @{name}</source>
        <translation>Réponse à @{name}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="320"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="322"/>
        <source>Quote of @{name}</source>
        <translation>Citation de @{name}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="322"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="324"/>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="325"/>
        <source>{what} — Exec Desk</source>
        <translation>{what} — Exec Desk</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="393"/>
        <source>{enter} answers below · {esc} keeps editing</source>
        <translation>{enter} répond ci-dessous · {esc} continue la rédaction</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/composer/window.py" line="410"/>
        <source>Choose below: post with the link instead, or open it on x.com.</source>
        <translation>Choisissez ci-dessous : publier plutôt avec le lien, ou l&apos;ouvrir sur x.com.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../../exec_desk/services/context.py" line="128"/>
        <source>The local database was damaged; it was set aside as {path}.</source>
        <translation>La base de données locale était endommagée ; elle a été mise de côté sous {path}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="129"/>
        <source>Saved from it: {accounts} account(s), {queued} queued item(s), {drafts} draft(s), {sources} source(s).</source>
        <translation>Récupéré : {accounts} compte(s), {queued} envoi(s) en attente, {drafts} brouillon(s), {sources} source(s).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="132"/>
        <source>Some of it could not be read: {what}.</source>
        <translation>Une partie n’a pas pu être lue : {what}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="133"/>
        <source>Your X account could not be read from it: sign in again (tray menu, Account…).</source>
        <translation>Votre compte X n’a pas pu y être lu : reconnectez-vous (menu de la zone de notification, Compte…).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="136"/>
        <source>Nothing could be read from it: a new, empty database was started.</source>
        <translation>Rien n’a pu y être lu : une nouvelle base vide a été créée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="139"/>
        <source>accounts</source>
        <translation>comptes</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="140"/>
        <source>outbox</source>
        <translation>envois en attente</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="141"/>
        <source>drafts</source>
        <translation>brouillons</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="142"/>
        <source>groups</source>
        <translation>groupes</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="143"/>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="144"/>
        <source>API calls</source>
        <translation>appels à l&apos;API</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="145"/>
        <source>API charges</source>
        <translation>coûts de l&apos;API</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="146"/>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="147"/>
        <source>read marks</source>
        <translation>marques de lecture</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="148"/>
        <source>users</source>
        <translation>comptes X en cache</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="149"/>
        <source>posts</source>
        <translation>publications en cache</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="150"/>
        <source>media</source>
        <translation>médias en cache</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/context.py" line="151"/>
        <source>post sources</source>
        <translation>sources des publications</translation>
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
    <name>DailyChart</name>
    <message>
        <location filename="../../exec_desk/ui/spend/chart.py" line="33"/>
        <source>Spend by day</source>
        <translation>Dépenses par jour</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/chart.py" line="43"/>
        <source>{day}: {amount}</source>
        <translation>{day} : {amount}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/chart.py" line="44"/>
        <source>No spend this month.</source>
        <translation>Aucune dépense ce mois-ci.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/chart.py" line="91"/>
        <source>Highest day: {amount}</source>
        <translation>Jour le plus élevé : {amount}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/chart.py" line="103"/>
        <source>- - daily pace of the budget: {amount}</source>
        <translation>- - rythme quotidien du budget : {amount}</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../exec_desk/ui/i18n.py" line="170"/>
        <source>today at {time}</source>
        <translation>aujourd&apos;hui à {time}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/i18n.py" line="172"/>
        <source>yesterday at {time}</source>
        <translation>hier à {time}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/i18n.py" line="175"/>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <location filename="../../exec_desk/core/deck/proposal.py" line="119"/>
        <source>The file is not UTF-8 text.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/deck/proposal.py" line="128"/>
        <source>The file does not start with its header (a line of ---).</source>
        <translation>Le fichier ne commence pas par son en-tête (une ligne ---).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/deck/proposal.py" line="133"/>
        <source>The header is not closed by a line of --- (the file may still be arriving).</source>
        <translation>L&apos;en-tête n&apos;est pas fermé par une ligne --- (le fichier arrive peut-être encore).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/deck/proposal.py" line="143"/>
        <source>Line {line} of the header is not “key: value”.</source>
        <translation>La ligne {line} de l&apos;en-tête n&apos;est pas de la forme « clé: valeur ».</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/deck/proposal.py" line="171"/>
        <source>The file is not whole JSON (it may still be arriving).</source>
        <translation>Le fichier n&apos;est pas un JSON complet (il arrive peut-être encore).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/deck/proposal.py" line="173"/>
        <source>The file holds no JSON object.</source>
        <translation>Le fichier ne contient pas d&apos;objet JSON.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/deck/proposal.py" line="182"/>
        <source>“media” lists file names, or objects with “file” and “alt”.</source>
        <translation>« media » liste des noms de fichiers, ou des objets avec « file » et « alt ».</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/deck/proposal.py" line="185"/>
        <source>“parts” is a list of texts.</source>
        <translation>« parts » est une liste de textes.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/deck/proposal.py" line="203"/>
        <source>The header has no “kind:” (post, thread or retweet).</source>
        <translation>L&apos;en-tête n&apos;a pas de « kind: » (post, thread ou retweet).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/deck/proposal.py" line="204"/>
        <source>“kind: {kind}” is not post, thread or retweet.</source>
        <translation>« kind: {kind} » n&apos;est ni post, ni thread, ni retweet.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/deck/proposal.py" line="210"/>
        <source>A retweet needs the post&apos;s address (url:).</source>
        <translation>Un retweet a besoin de l&apos;adresse de la publication (url:).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/deck/proposal.py" line="213"/>
        <source>“url: {url}” is not the address of a post on x.com.</source>
        <translation>« url: {url} » n&apos;est pas l&apos;adresse d&apos;une publication sur x.com.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/deck/proposal.py" line="215"/>
        <source>The proposal has no text.</source>
        <translation>La proposition n&apos;a pas de texte.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/deck/proposal.py" line="229"/>
        <source>“for: {value}” is not a date and time such as 2026-11-20 09:30.</source>
        <translation>« for: {value} » n&apos;est pas une date et une heure comme 2026-11-20 09:30.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/deck/proposal.py" line="245"/>
        <source>“media: {file}” must be the name of a file beside the proposal.</source>
        <translation>« media: {file} » doit être le nom d&apos;un fichier placé à côté de la proposition.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/deck/deck.py" line="69"/>
        <source>{file} is not beside the proposal.</source>
        <translation>{file} n’est pas à côté de la proposition.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/deck/deck.py" line="341"/>
        <source>The decision on {name} will be written when the folder can be written ({error}).</source>
        <translation>La décision sur {name} sera écrite quand le dossier sera accessible en écriture ({error}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/deck/deck.py" line="358"/>
        <source>There is no proposal {name} in the deck.</source>
        <translation>Il n&apos;y a pas de proposition {name} dans la pile.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/deck/deck.py" line="398"/>
        <source>This post is retweeted already.</source>
        <translation>Cette publication est déjà retweetée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/deck/feeds.py" line="56"/>
        <source>The feed {url} could not be read ({error}).</source>
        <translation>Le flux {url} n&apos;a pas pu être lu ({error}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/deck/folder.py" line="75"/>
        <source>The proposals folder {folder} cannot be read ({error}); what was read before is kept.</source>
        <translation>Le dossier des propositions {folder} est illisible ({error}) ; ce qui avait été lu est conservé.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/deck/folder.py" line="94"/>
        <source>Another proposal is named {name}: rename one.</source>
        <translation>Une autre proposition s&apos;appelle {name} : renommez l&apos;une des deux.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/deck/folder.py" line="109"/>
        <source>It is not a file.</source>
        <translation>Ce n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/deck/folder.py" line="112"/>
        <source>It is too large to be a proposal.</source>
        <translation>Il est trop gros pour être une proposition.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/deck/folder.py" line="116"/>
        <source>It is still arriving; it is read again in a moment.</source>
        <translation>Il arrive encore ; il sera relu dans un instant.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/deck/folder.py" line="123"/>
        <source>It cannot be read ({error}).</source>
        <translation>Il est illisible ({error}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/deck/folder.py" line="127"/>
        <source>It changed while it was read; it is read again in a moment.</source>
        <translation>Il a changé pendant la lecture ; il sera relu dans un instant.</translation>
    </message>
</context>
<context>
    <name>DeckPage</name>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="92"/>
        <source>Proposals of your team</source>
        <translation>Propositions de votre équipe</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="109"/>
        <source>Why reject it?</source>
        <translation>Pourquoi la refuser ?</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="112"/>
        <source>Written beside the proposal for your team</source>
        <translation>Écrit à côté de la proposition, pour votre équipe</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="122"/>
        <source>Later — to the timeline (Esc)</source>
        <translation>Plus tard — vers le fil (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/deck/page.py" line="204"/>
        <source>%n proposal(s) from your team</source>
        <translation>
            <numerusform>%n proposition de votre équipe</numerusform>
            <numerusform>%n propositions de votre équipe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="204"/>
        <source>No proposals waiting.</source>
        <translation>Aucune proposition en attente.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="212"/>
        <source>Every proposal is decided.</source>
        <translation>Toutes les propositions sont décidées.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="218"/>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="218"/>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="218"/>
        <source>Retweet</source>
        <translation>Retweet</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="221"/>
        <source>by {name}</source>
        <translation>par {name}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="224"/>
        <source>wished for {time}</source>
        <translation>souhaitée pour {time}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="227"/>
        <source>⚠ conflicted copy of {name}</source>
        <translation>⚠ copie en conflit de {name}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="229"/>
        <source>⏸ held: quiet period</source>
        <translation>⏸ retenue : période de silence</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="245"/>
        <source>Retweet of {url}</source>
        <translation>Retweet de {url}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="252"/>
        <source>Attached: {file}</source>
        <translation>Pièce jointe : {file}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="254"/>
        <source>From {file}</source>
        <translation>Depuis {file}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="259"/>
        <source>A sync tool made this copy of {name} when two people changed it: compare them first.</source>
        <translation>Un outil de synchronisation a fait cette copie de {name} quand deux personnes l&apos;ont modifiée : comparez-les d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="265"/>
        <source>Edit it (e) to confirm it with the press release in the composer.</source>
        <translation>Modifiez-la (e) pour la confirmer avec le communiqué dans la fenêtre de rédaction.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="284"/>
        <source>Proposals ({count})</source>
        <translation>Propositions ({count})</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="284"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="302"/>
        <location filename="../../exec_desk/ui/deck/page.py" line="343"/>
        <source>Held by the quiet period: edit it (e) to confirm it with the press release.</source>
        <translation>Retenue par la période de silence : modifiez-la (e) pour la confirmer avec le communiqué.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="305"/>
        <source>X would refuse it as it is: edit it (e).</source>
        <translation>X la refuserait en l&apos;état : modifiez-la (e).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="307"/>
        <source>Approving…</source>
        <translation>Approbation…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="323"/>
        <source>Why? Enter rejects it, Esc goes back.</source>
        <translation>Pourquoi ? Entrée la refuse, Esc revient.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="344"/>
        <source>Not done: {reason}</source>
        <translation>Non fait : {reason}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="348"/>
        <source>Approved: it is in the outbox and goes after the cool-off.</source>
        <translation>Approuvée : elle est dans la boîte d&apos;envoi et part après le délai de réflexion.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="349"/>
        <source>Rejected; your reason is written beside the proposal.</source>
        <translation>Refusée ; votre raison est écrite à côté de la proposition.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/deck/page.py" line="350"/>
        <source>Opened in the composer.</source>
        <translation>Ouverte dans la fenêtre de rédaction.</translation>
    </message>
</context>
<context>
    <name>Deployment</name>
    <message>
        <location filename="../../exec_desk/storage/deployment.py" line="31"/>
        <source>The deployment file {path} is ignored: {why}.</source>
        <translation>Le fichier de déploiement {path} est ignoré : {why}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/storage/deployment.py" line="32"/>
        <source>it could not be read ({error})</source>
        <translation>il n&apos;a pas pu être lu ({error})</translation>
    </message>
    <message>
        <location filename="../../exec_desk/storage/deployment.py" line="33"/>
        <source>it is not valid JSON ({error})</source>
        <translation>ce n&apos;est pas du JSON valide ({error})</translation>
    </message>
    <message>
        <location filename="../../exec_desk/storage/deployment.py" line="34"/>
        <source>it is not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../../exec_desk/storage/deployment.py" line="35"/>
        <source>it holds a client secret, which every user of this computer could read: remove it; a confidential app&apos;s secret is given at sign-in and kept in each user&apos;s keyring</source>
        <translation>il contient un secret client, que tout utilisateur de cet ordinateur pourrait lire : retirez-le ; le secret d&apos;une application confidentielle est donné à la connexion et gardé dans le trousseau de chaque utilisateur</translation>
    </message>
    <message>
        <location filename="../../exec_desk/storage/deployment.py" line="40"/>
        <source>its client_id is missing or is not an OAuth 2.0 Client ID (one word, no spaces)</source>
        <translation>son client_id manque ou n&apos;est pas un Client ID OAuth 2.0 (un seul mot, sans espaces)</translation>
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
    <name>Disclosure</name>
    <message>
        <location filename="../../exec_desk/core/disclosure.py" line="30"/>
        <source>“{words}” during the quiet period {period}, until {until}: confirm with the press release&apos;s address.</source>
        <translation>« {words} » pendant la période de silence {period}, jusqu&apos;au {until} : confirmez avec l&apos;adresse du communiqué de presse.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/disclosure.py" line="33"/>
        <source>Put the press release&apos;s address ({url}) in the first post, before any other link.</source>
        <translation>Mettez l&apos;adresse du communiqué ({url}) dans la première publication, avant tout autre lien.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/disclosure.py" line="36"/>
        <source>The first link of the post must be the press release&apos;s ({url}), not {other}.</source>
        <translation>Le premier lien de la publication doit être celui du communiqué ({url}), pas {other}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/disclosure.py" line="39"/>
        <source>The press release&apos;s address must start with https:// or http:// ({url}).</source>
        <translation>L&apos;adresse du communiqué doit commencer par https:// ou http:// ({url}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/quiet.py" line="57"/>
        <source>A quiet period is ignored: {error}.</source>
        <translation>Une période de silence est ignorée : {error}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/quiet.py" line="69"/>
        <source>The investor-relations calendar could not be read: {error}</source>
        <translation>Le calendrier des relations investisseurs n&apos;a pas pu être lu : {error}</translation>
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
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="61"/>
        <source>Edited {when}</source>
        <translation>Modifié {when}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="63"/>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="65"/>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="68"/>
        <source>thread of {count} posts</source>
        <translation>fil de {count} publications</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="72"/>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="74"/>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="76"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="152"/>
        <source>Drafts — Exec Desk</source>
        <translation>Brouillons — Exec Desk</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="159"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="161"/>
        <source>{open} reopens the selected draft; {delete} deletes it.</source>
        <translation>{open} rouvre le brouillon sélectionné ; {delete} le supprime.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="167"/>
        <source>No drafts. Whatever you write in the composer is kept here until it is sent.</source>
        <translation>Aucun brouillon. Tout ce que vous écrivez dans la fenêtre de rédaction est conservé ici jusqu&apos;à son envoi.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="171"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="173"/>
        <source>Reopen the selected draft in the composer ({key}).</source>
        <translation>Rouvrir le brouillon sélectionné dans la fenêtre de rédaction ({key}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="176"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="177"/>
        <source>Delete the selected draft ({key}).</source>
        <translation>Supprimer le brouillon sélectionné ({key}).</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="104"/>
        <source>(media only)</source>
        <translation>(média seul)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/drafts.py" line="104"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../exec_desk/services/outbox/duplicates.py" line="33"/>
        <source>You already posted this text ({link}). X refuses the same text twice: edit it to post again.</source>
        <translation>Vous avez déjà publié ce texte ({link}). X refuse deux fois le même texte : modifiez-le pour le publier à nouveau.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/duplicates.py" line="36"/>
        <source>Part {number} repeats one of your posts ({link}). X refuses the same text twice: edit it to post again.</source>
        <translation>La partie {number} reprend l&apos;une de vos publications ({link}). X refuse deux fois le même texte : modifiez-la pour la publier à nouveau.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/duplicates.py" line="40"/>
        <source>This text is already in your outbox, to be sent at {time}. Edit it, or undo the earlier one.</source>
        <translation>Ce texte est déjà dans votre boîte d&apos;envoi, pour un envoi à {time}. Modifiez-le, ou annulez l&apos;envoi du précédent.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/duplicates.py" line="43"/>
        <source>Part {number} is already in your outbox, to be sent at {time}. Edit it, or undo the earlier one.</source>
        <translation>La partie {number} est déjà dans votre boîte d&apos;envoi, pour un envoi à {time}. Modifiez-la, ou annulez l&apos;envoi de la précédente.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../exec_desk/backends/oauth/pkce.py" line="43"/>
        <source>Sign-in to X did not complete.</source>
        <translation>La connexion à X n&apos;a pas abouti.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/backends/oauth/pkce.py" line="47"/>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/backends/oauth/pkce.py" line="53"/>
        <source>Sign-in took too long. Try again.</source>
        <translation>La connexion a pris trop de temps. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/backends/oauth/pkce.py" line="64"/>
        <source>X did not authorize Exec Desk.</source>
        <translation>X n&apos;a pas autorisé Exec Desk.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="18"/>
        <source>X could not be reached.</source>
        <translation>Impossible de joindre X.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="29"/>
        <source>Your X session expired. Sign in again.</source>
        <translation>Votre session X a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="35"/>
        <source>X refused your credentials. Sign in again.</source>
        <translation>X a refusé vos identifiants. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="45"/>
        <source>X asks us to slow down.</source>
        <translation>X nous demande de ralentir.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="58"/>
        <source>X&apos;s daily limit is reached; it resets within 24 hours.</source>
        <translation>La limite quotidienne de X est atteinte ; elle se réinitialise sous 24 heures.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="70"/>
        <source>Your X developer account has used its monthly allowance of post reads; it renews next month.</source>
        <translation>Votre compte développeur X a épuisé son quota mensuel de lectures de posts ; il se renouvelle le mois prochain.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="80"/>
        <source>Your X developer account has no credits left: add credits in the X Developer Console.</source>
        <translation>Votre compte développeur X n’a plus de crédits : ajoutez-en dans la console développeur X.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="88"/>
        <source>Your X developer app is not enrolled for this API: in the X Developer Console, move the app to the Pay-per-use package and its Production environment.</source>
        <translation>Votre application développeur X n’est pas inscrite à cette API : dans la console développeur X, placez l’application dans l’offre Pay-per-use et dans son environnement Production.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="99"/>
        <source>Your X API plan does not allow this action.</source>
        <translation>Votre formule d&apos;API X ne permet pas cette action.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="105"/>
        <source>That post or account no longer exists.</source>
        <translation>Cette publication ou ce compte n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="112"/>
        <source>That list or account no longer exists on X, or is private.</source>
        <translation>Cette liste ou ce compte n’existe plus sur X, ou est privé.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="122"/>
        <source>X did not answer properly. We will try again.</source>
        <translation>X n&apos;a pas répondu correctement. Nous allons réessayer.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/errors.py" line="136"/>
        <source>X rejected the request.</source>
        <translation>X a rejeté la requête.</translation>
    </message>
</context>
<context>
    <name>ExecDesk</name>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="181"/>
        <source>Other launches of Exec Desk cannot reach this one: {error}</source>
        <translation>Les autres lancements d’Exec Desk ne peuvent pas joindre celui-ci : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="235"/>
        <source>Could not change opening at login: {error}</source>
        <translation>Impossible de modifier l’ouverture à la connexion : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="386"/>
        <source>Exec Desk is still starting; open Spend again in a moment.</source>
        <translation>Exec Desk démarre encore ; rouvrez Dépenses dans un instant.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="392"/>
        <source>Could not start: {error}</source>
        <translation>Démarrage impossible : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="497"/>
        <source>Starting… the session opens in a moment.</source>
        <translation>Démarrage… la séance s’ouvre dans un instant.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="511"/>
        <source>Exec Desk is still starting; open Your week again in a moment.</source>
        <translation>Exec Desk démarre encore ; rouvrez « Votre semaine » dans un instant.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="530"/>
        <source>Exec Desk is still starting; open Last session again in a moment.</source>
        <translation>Exec Desk démarre encore ; rouvrez Dernière séance dans un instant.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="557"/>
        <source>Starting… the composer opens in a moment.</source>
        <translation>Démarrage… la rédaction s’ouvre dans un instant.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="602"/>
        <source>Exec Desk is still starting; open Account again in a moment.</source>
        <translation>Exec Desk démarre encore ; rouvrez Compte dans un instant.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="635"/>
        <source>Switching to @{name}…</source>
        <translation>Passage à @{name}…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/desk.py" line="637"/>
        <source>Signed in as @{name}. Exec Desk now uses this account.</source>
        <translation>Connecté en tant que @{name}. Exec Desk utilise désormais ce compte.</translation>
    </message>
</context>
<context>
    <name>Fetcher</name>
    <message numerus="yes">
        <location filename="../../exec_desk/services/fetcher.py" line="264"/>
        <source>Fetching %Ln source(s)…</source>
        <translation>
            <numerusform>Récupération de %Ln source…</numerusform>
            <numerusform>Récupération de %Ln sources…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="265"/>
        <source>Could not read your sources</source>
        <translation>Impossible de lire vos sources</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="266"/>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="267"/>
        <source>No sources yet</source>
        <translation>Aucune source pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="268"/>
        <source>{label}: X asks us to wait until {time}</source>
        <translation>{label} : X nous demande d&apos;attendre jusqu&apos;à {time}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="269"/>
        <source>{label}: X asks us to wait for a while</source>
        <translation>{label} : X nous demande d&apos;attendre un moment</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="270"/>
        <source>{label}: X&apos;s daily limit is reached until {time}</source>
        <translation>{label} : limite quotidienne de X atteinte jusqu’à {time}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="271"/>
        <source>{label}: not available on your X plan</source>
        <translation>{label} : non disponible avec votre formule X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="272"/>
        <source>{label}: X is slow, retrying…</source>
        <translation>{label} : X est lent, nouvel essai…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="273"/>
        <source>{label}: X is not answering; try again later</source>
        <translation>{label} : X ne répond pas ; réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="274"/>
        <source>X refused your sign-in: sign in again</source>
        <translation>X a refusé votre connexion : connectez-vous à nouveau</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="275"/>
        <source>{label}: no longer exists on X</source>
        <translation>{label} : n&apos;existe plus sur X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="276"/>
        <source>{label}: no longer on X, not fetched; remove or replace it in Settings → Sources</source>
        <translation>{label} : n’existe plus sur X, non récupéré ; retirez-le ou remplacez-le dans Paramètres → Sources</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="279"/>
        <source>Your X developer app is not enrolled: run the connection test</source>
        <translation>Votre application développeur X n’est pas inscrite : lancez le test de connexion</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="280"/>
        <source>Your X developer account has no credits left</source>
        <translation>Votre compte développeur X n’a plus de crédits</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="281"/>
        <source>Your X developer account&apos;s monthly post reads are used up</source>
        <translation>Les lectures de posts mensuelles de votre compte développeur X sont épuisées</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="282"/>
        <source>{label}: X rejected the request</source>
        <translation>{label} : X a rejeté la requête</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/fetcher.py" line="283"/>
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
        <location filename="../../exec_desk/services/sources.py" line="48"/>
        <source>Could not read your lists: {error}</source>
        <translation>Impossible de lire vos listes : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/sources.py" line="49"/>
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
        <location filename="../../exec_desk/ui/i18n.py" line="46"/>
        <source>Journalists</source>
        <translation>Journalistes</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/i18n.py" line="47"/>
        <source>Competitors</source>
        <translation>Concurrents</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/i18n.py" line="48"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/i18n.py" line="49"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/i18n.py" line="50"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/i18n.py" line="51"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../exec_desk/ui/session/help.py" line="27"/>
        <source>on x.com ↗</source>
        <translation>sur x.com ↗</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/help.py" line="88"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/help.py" line="93"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/help.py" line="131"/>
        <source>Keys can be changed in Settings → Shortcuts. Single keys do nothing while you type in a field.</source>
        <translation>Les touches se modifient dans Paramètres → Raccourcis. Les touches seules sont sans effet pendant la saisie dans un champ.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../../exec_desk/ui/account/identity.py" line="14"/>
        <source>Not signed in to X</source>
        <translation>Non connecté à X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/identity.py" line="16"/>
        <source>Demo account @{name} — not signed in to X</source>
        <translation>Compte de démonstration @{name} — non connecté à X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/identity.py" line="17"/>
        <source>Signed in as @{name}</source>
        <translation>Connecté en tant que @{name}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/identity.py" line="25"/>
        <source>Posting as @{name} on the demo X</source>
        <translation>Publication en tant que @{name} sur le X de démonstration</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/account/identity.py" line="26"/>
        <source>Posting as @{name}</source>
        <translation>Publication en tant que @{name}</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="60"/>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="61"/>
        <source>a ZIP archive or an Office document</source>
        <translation>une archive ZIP ou un document Office</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="62"/>
        <source>an Office document</source>
        <translation>un document Office</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="63"/>
        <source>an RTF document</source>
        <translation>un document RTF</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="64"/>
        <source>a BMP image, which X does not take</source>
        <translation>une image BMP, que X n&apos;accepte pas</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="65"/>
        <location filename="../../exec_desk/core/media/checks.py" line="66"/>
        <source>a TIFF image, which X does not take</source>
        <translation>une image TIFF, que X n&apos;accepte pas</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="68"/>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="69"/>
        <source>{name} does not exist.</source>
        <translation>{name} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="70"/>
        <source>{name} cannot be read (permission denied).</source>
        <translation>Impossible de lire {name} (accès refusé).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="71"/>
        <source>{name} cannot be read ({reason}).</source>
        <translation>Impossible de lire {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="72"/>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="73"/>
        <source>{name} is not an image, a GIF or a video that X accepts. {formats}</source>
        <translation>{name} n&apos;est ni une image, ni un GIF, ni une vidéo que X accepte. {formats}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="74"/>
        <source>{name} is not an image, a GIF or a video that X accepts (it looks like {what}). {formats}</source>
        <translation>{name} n&apos;est ni une image, ni un GIF, ni une vidéo que X accepte (cela ressemble à {what}). {formats}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="78"/>
        <source>{name} is {size}; an image may be at most {limit} on X. Use a smaller or compressed copy.</source>
        <translation>{name} fait {size} ; sur X, une image ne peut dépasser {limit}. Utilisez une copie plus petite ou compressée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="81"/>
        <source>{name} is {size}; a GIF may be at most {limit} on X. Use a smaller or compressed copy.</source>
        <translation>{name} fait {size} ; sur X, un GIF ne peut dépasser {limit}. Utilisez une copie plus petite ou compressée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="84"/>
        <source>{name} is {size}; a video may be at most {limit} on X. Use a smaller or compressed copy.</source>
        <translation>{name} fait {size} ; sur X, une vidéo ne peut dépasser {limit}. Utilisez une copie plus petite ou compressée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="88"/>
        <source>{name} is {width}×{height} pixels; a GIF may be at most {max_width}×{max_height} on X. Use a smaller copy.</source>
        <translation>{name} fait {width}×{height} pixels ; sur X, un GIF ne peut dépasser {max_width}×{max_height}. Utilisez une copie plus petite.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="92"/>
        <source>{name} has {frames} frames; a GIF may have at most {max} on X. Use a shorter copy.</source>
        <translation>{name} compte {frames} images ; sur X, un GIF ne peut en compter plus de {max}. Utilisez une copie plus courte.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="95"/>
        <source>{name} has {pixels} million pixels over all its frames; X takes at most {max} million. Use a smaller or shorter copy.</source>
        <translation>{name} compte {pixels} millions de pixels sur l&apos;ensemble de ses images ; X en accepte au plus {max} millions. Utilisez une copie plus petite ou plus courte.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="100"/>
        <source>{name} looks like a GIF but cannot be read; it may be damaged.</source>
        <translation>{name} ressemble à un GIF mais ne peut être lu ; il est peut-être endommagé.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="101"/>
        <source>{name} looks like a {format} image but cannot be read; it may be damaged or incomplete. Save it again.</source>
        <translation>{name} ressemble à une image {format} mais ne peut pas être lu ; le fichier est peut-être endommagé ou incomplet. Enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="104"/>
        <source>{name} is not a regular file (a device, a pipe or a socket); attach a saved image or video.</source>
        <translation>{name} n&apos;est pas un fichier ordinaire (un périphérique, un tube ou une socket) ; joignez une image ou une vidéo enregistrée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="108"/>
        <source>{name} looks like a video but its length cannot be read; it may be incomplete. Export it again.</source>
        <translation>{name} ressemble à une vidéo mais sa durée est illisible ; elle est peut-être incomplète. Exportez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="111"/>
        <source>{name} lasts {duration}; a video must last at least {min} on X.</source>
        <translation>{name} dure {duration} ; sur X, une vidéo doit durer au moins {min}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="112"/>
        <source>{name} lasts {duration}; a video may last at most {max} on X. Trim it.</source>
        <translation>{name} dure {duration} ; sur X, une vidéo ne peut dépasser {max}. Raccourcissez-la.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="113"/>
        <source>{name} is {width}×{height} pixels; a video must be at least {min}×{min} on X.</source>
        <translation>{name} fait {width}×{height} pixels ; sur X, une vidéo doit faire au moins {min}×{min}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="116"/>
        <source>{name} is {width}×{height} pixels; X takes videos from 1:3 (tall) to 3:1 (wide). Crop it.</source>
        <translation>{name} fait {width}×{height} pixels ; X accepte les vidéos de 1:3 (en hauteur) à 3:1 (en largeur). Recadrez-la.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="119"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="120"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="121"/>
        <source>The description of {name} is {length} characters; X takes at most {limit}. Shorten it.</source>
        <translation>La description de {name} fait {length} caractères ; X en accepte au plus {limit}. Raccourcissez-la.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="126"/>
        <source>A GIF must be alone in a post: remove {name} or the other file.</source>
        <translation>Un GIF doit être seul dans une publication : retirez {name} ou l&apos;autre fichier.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="127"/>
        <source>A GIF must be alone in a post: remove {name} or the {others} other files.</source>
        <translation>Un GIF doit être seul dans une publication : retirez {name} ou les {others} autres fichiers.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="130"/>
        <source>A video must be alone in a post: remove {name} or the other file.</source>
        <translation>Une vidéo doit être seule dans une publication : retirez {name} ou l&apos;autre fichier.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="133"/>
        <source>A video must be alone in a post: remove {name} or the {others} other files.</source>
        <translation>Une vidéo doit être seule dans une publication : retirez {name} ou les {others} autres fichiers.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="137"/>
        <source>A post holds at most {max} images; {count} are attached. Remove {extra}.</source>
        <translation>Une publication contient au plus {max} images ; {count} sont jointes. Retirez-en {extra}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="138"/>
        <source>X takes up to {max} images (JPEG, PNG, WebP, a still GIF; {image} each), or one animated GIF ({gif}), or one MP4/MOV video ({video}, {shortest} to {longest}).</source>
        <translation>X accepte jusqu&apos;à {max} images (JPEG, PNG, WebP, GIF fixe ; {image} chacune), ou un GIF animé ({gif}), ou une vidéo MP4/MOV ({video}, de {shortest} à {longest}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="143"/>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/media/checks.py" line="144"/>
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
        <location filename="../../exec_desk/ui/i18n.py" line="183"/>
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
        <location filename="../../exec_desk/services/outbox/media.py" line="53"/>
        <source>{name} can no longer be read ({reason}); attach it again.</source>
        <translation>{name} ne peut plus être lu ({reason}) ; joignez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/media.py" line="54"/>
        <source>X could not process {name}: {reason}</source>
        <translation>X n&apos;a pas pu traiter {name} : {reason}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/media.py" line="55"/>
        <source>X could not process {name}.</source>
        <translation>X n&apos;a pas pu traiter {name}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/media.py" line="56"/>
        <source>X took more than {minutes} minutes to process {name}.</source>
        <translation>X a mis plus de {minutes} minutes à traiter {name}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="37"/>
        <source>X may have received it; checking before trying again.</source>
        <translation>X l&apos;a peut-être reçue ; vérification avant de réessayer.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="39"/>
        <source>{reason} It is back in your drafts.</source>
        <translation>{reason} Elle est de retour dans vos brouillons.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="40"/>
        <source>X did not answer; trying again at {time}.</source>
        <translation>X n&apos;a pas répondu ; nouvel essai à {time}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="41"/>
        <source>X asks us to wait until {time}.</source>
        <translation>X nous demande d&apos;attendre jusqu&apos;à {time}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="42"/>
        <source>Unknown.</source>
        <translation>Inconnu.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="43"/>
        <source>X refused it: your X plan (or the author&apos;s settings) does not allow this.</source>
        <translation>X l&apos;a refusée : votre formule X (ou les réglages de l&apos;auteur) ne le permet pas.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="44"/>
        <source>That post no longer exists.</source>
        <translation>Cette publication n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="45"/>
        <source>X refused your sign-in. Sign in again, then retry.</source>
        <translation>X a refusé votre connexion. Reconnectez-vous, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="46"/>
        <source>Kept until you sign in to X again; it is sent then.</source>
        <translation>Conservé jusqu’à votre prochaine connexion à X ; il partira alors.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="47"/>
        <source>Kept until your X developer account has credits again.</source>
        <translation>Conservé jusqu’à ce que votre compte développeur X ait de nouveau des crédits.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="48"/>
        <source>Kept until your X developer app is enrolled in pay-per-use.</source>
        <translation>Conservé jusqu’à ce que votre application développeur X soit inscrite au pay-per-use.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="49"/>
        <source>X rejected the request.</source>
        <translation>X a rejeté la requête.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="50"/>
        <source>X did not answer after {attempts} tries. Try again later.</source>
        <translation>X n&apos;a pas répondu après {attempts} essais. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/operations.py" line="51"/>
        <source>Could not send it ({error}).</source>
        <translation>Envoi impossible ({error}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="55"/>
        <source>X refused it as a copy of one of your recent posts, so it was not posted again.</source>
        <translation>X l&apos;a refusée comme copie d&apos;une de vos publications récentes ; elle n&apos;a donc pas été publiée une seconde fois.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="58"/>
        <source>X refused the quote: your X plan does not allow quoting posts.</source>
        <translation>X a refusé la citation : votre formule X ne permet pas de citer des publications.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="59"/>
        <source>X refused the reply: your X plan lets you reply only when the author mentioned or quoted you.</source>
        <translation>X a refusé la réponse : votre formule X ne permet de répondre que si l&apos;auteur vous a mentionné ou cité.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="62"/>
        <source>X refused the post: your X plan does not allow it.</source>
        <translation>X a refusé la publication : votre formule X ne le permet pas.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="64"/>
        <source>The post your reply answers no longer exists.</source>
        <translation>La publication à laquelle vous répondez n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="65"/>
        <source>The post your quote answers no longer exists.</source>
        <translation>La publication que vous citez n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="66"/>
        <source>A post it needs is gone.</source>
        <translation>Une publication dont elle dépend a disparu.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="68"/>
        <source>X refused your sign-in: sign in again (tray menu, Account…), then send it from your drafts.</source>
        <translation>X a refusé votre connexion : reconnectez-vous (menu de la zone de notification, Compte…), puis envoyez-la depuis vos brouillons.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="71"/>
        <source>X did not answer, even after several tries.</source>
        <translation>X n&apos;a pas répondu, même après plusieurs essais.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="73"/>
        <source>X rejected the reply.</source>
        <translation>X a rejeté la réponse.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="74"/>
        <source>X rejected the quote.</source>
        <translation>X a rejeté la citation.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="75"/>
        <source>X rejected the post.</source>
        <translation>X a rejeté la publication.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="78"/>
        <source>X rejected the reply: {detail}</source>
        <translation>X a rejeté la réponse : {detail}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="79"/>
        <source>X rejected the quote: {detail}</source>
        <translation>X a rejeté la citation : {detail}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/outbox/post.py" line="80"/>
        <source>X rejected the post: {detail}</source>
        <translation>X a rejeté la publication : {detail}</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="82"/>
        <source>X refused it.</source>
        <translation>X l&apos;a refusée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="84"/>
        <source>Not sent — {reason}</source>
        <translation>Non envoyée — {reason}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="86"/>
        <source>Checking with X whether it went…</source>
        <translation>Vérification auprès de X de son envoi…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="91"/>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="94"/>
        <source>Trying again at {time} — {reason}</source>
        <translation>Nouvel essai à {time} — {reason}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="96"/>
        <source>Trying again at {day} {time} — {reason}</source>
        <translation>Nouvel essai le {day} à {time} — {reason}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="101"/>
        <source>in {minutes} min</source>
        <translation>dans {minutes} min</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="103"/>
        <source>in {hours} h</source>
        <translation>dans {hours} h</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="105"/>
        <source>Sends at {time} · {later}</source>
        <translation>Envoi à {time} · {later}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="107"/>
        <source>Sends at {day} {time} · {later}</source>
        <translation>Envoi le {day} à {time} · {later}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="115"/>
        <source>Retweet of post {id}</source>
        <translation>Republication de la publication {id}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="122"/>
        <source>Thread of {count}</source>
        <translation>Fil de {count}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="124"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="126"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/outbox/window.py" line="129"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="131"/>
        <source>(picture only)</source>
        <translation>(image seule)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="153"/>
        <source>Outbox — Exec Desk</source>
        <translation>Boîte d&apos;envoi — Exec Desk</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="160"/>
        <location filename="../../exec_desk/ui/outbox/window.py" line="161"/>
        <source>Waiting and sent</source>
        <translation>En attente et envoyés</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="170"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="170"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="173"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="174"/>
        <source>Each row: when it goes, then what it is.</source>
        <translation>Chaque ligne : quand elle part, puis ce que c&apos;est.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="181"/>
        <source>Status of the selected item</source>
        <translation>État de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="188"/>
        <source>&amp;Undo — back to drafts</source>
        <translation>&amp;Annuler l&apos;envoi — retour aux brouillons</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="189"/>
        <source>Take the selected post out of the outbox and back into your drafts.</source>
        <translation>Retirer la publication sélectionnée de la boîte d&apos;envoi et la remettre dans vos brouillons.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="191"/>
        <source>Send &amp;now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="192"/>
        <source>Send the selected post now, without waiting.</source>
        <translation>Envoyer la publication sélectionnée maintenant, sans attendre.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="194"/>
        <source>&amp;Open draft</source>
        <translation>&amp;Ouvrir le brouillon</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="195"/>
        <source>Reopen the post that was not sent in the composer.</source>
        <translation>Rouvrir dans la fenêtre de rédaction la publication qui n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="197"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="198"/>
        <source>Try sending it again now.</source>
        <translation>Réessayer de l&apos;envoyer maintenant.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="200"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="208"/>
        <source>&amp;Waiting</source>
        <translation>En a&amp;ttente</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="209"/>
        <source>&amp;Sent</source>
        <translation>En&amp;voyés</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="289"/>
        <source>{count} waiting to be sent. Undo puts a post back into your drafts until it goes.</source>
        <translation>En attente d&apos;envoi : {count}. « Annuler l&apos;envoi » remet une publication dans vos brouillons jusqu&apos;à son départ.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="293"/>
        <source>Nothing waits to be sent.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/outbox/window.py" line="296"/>
        <source>%n could not be sent; select it to see why.</source>
        <translation>
            <numerusform>%n n&apos;a pas pu être envoyé ; sélectionnez-le pour voir pourquoi.</numerusform>
            <numerusform>%n n&apos;ont pas pu être envoyés ; sélectionnez-les pour voir pourquoi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="330"/>
        <location filename="../../exec_desk/ui/outbox/window.py" line="338"/>
        <source>Too late to undo: it is on its way.</source>
        <translation>Trop tard pour annuler l&apos;envoi : elle est déjà partie.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="330"/>
        <source>Back in your drafts.</source>
        <translation>De retour dans vos brouillons.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="338"/>
        <source>Undone: nothing was sent.</source>
        <translation>Envoi annulé : rien n&apos;est parti.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/window.py" line="346"/>
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
        <location filename="../../exec_desk/ui/session/detail.py" line="50"/>
        <source>an earlier post</source>
        <translation>une publication précédente</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="52"/>
        <source>Replying to {link}</source>
        <translation>En réponse à {link}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="68"/>
        <source>Why it is here: {reason}</source>
        <translation>Pourquoi elle est là : {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/detail.py" line="71"/>
        <source>%n other post(s) with the same link or words folded into this one.</source>
        <translation>
            <numerusform>%n autre publication avec le même lien ou les mêmes mots regroupée dans celle-ci.</numerusform>
            <numerusform>%n autres publications avec le même lien ou les mêmes mots regroupées dans celle-ci.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="76"/>
        <source>Open the whole thread on x.com ↗</source>
        <translation>Ouvrir le fil complet sur x.com ↗</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="85"/>
        <source>Thread</source>
        <translation>Fil de discussion</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="87"/>
        <source>Loading the thread…</source>
        <translation>Chargement du fil…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="108"/>
        <source>Fetched: the replies X has from the last seven days are here; older ones are only on x.com. Opening this thread again costs nothing.</source>
        <translation>Récupéré : les réponses des sept derniers jours que X possède sont ici ; les plus anciennes ne sont que sur x.com. Rouvrir ce fil ne coûte rien.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="114"/>
        <source>X&apos;s search reaches seven days back: the replies to this thread are only on x.com. Opening it again costs nothing.</source>
        <translation>La recherche de X remonte à sept jours : les réponses à ce fil ne sont que sur x.com. Le rouvrir ne coûte rien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/detail.py" line="121"/>
        <source>%n earlier post(s) and the replies are not on this computer.</source>
        <translation>
            <numerusform>%n publication précédente et les réponses ne sont pas sur cet ordinateur.</numerusform>
            <numerusform>%n publications précédentes et les réponses ne sont pas sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/detail.py" line="123"/>
        <source>%n earlier post(s) are not on this computer.</source>
        <translation>
            <numerusform>%n publication précédente n’est pas sur cet ordinateur.</numerusform>
            <numerusform>%n publications précédentes ne sont pas sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="125"/>
        <source>The replies are not on this computer.</source>
        <translation>Les réponses ne sont pas sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/detail.py" line="128"/>
        <source>a lookup of %n post(s) by id</source>
        <translation>
            <numerusform>lecture de %n publication par identifiant</numerusform>
            <numerusform>lecture de %n publications par identifiant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/detail.py" line="130"/>
        <source>a conversation search, %n (reply|replies) at most</source>
        <translation>
            <numerusform>une recherche dans la conversation, %n réponse au plus</numerusform>
            <numerusform>une recherche dans la conversation, %n réponses au plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="131"/>
        <source>Fetching costs at most {cost}, authors included ({ways}).</source>
        <translation>La récupération coûte au plus {cost}, auteurs compris ({ways}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="140"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="141"/>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="141"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="161"/>
        <source>← Back to the list</source>
        <translation>← Retour à la liste</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="174"/>
        <source>Esc to go back · j/k for the next post</source>
        <translation>Échap pour revenir · j/k pour la publication suivante</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/detail.py" line="180"/>
        <source>Post and its thread</source>
        <translation>La publication et son fil</translation>
    </message>
</context>
<context>
    <name>Radar</name>
    <message>
        <location filename="../../exec_desk/app/radar.py" line="35"/>
        <source>{count} posts about “{term}” in the last hour, usually {usual} — review now?</source>
        <translation>{count} publications sur « {term} » dans la dernière heure, {usual} d&apos;habitude — les voir ?</translation>
    </message>
</context>
<context>
    <name>RadarDesk</name>
    <message>
        <location filename="../../exec_desk/app/radar.py" line="104"/>
        <source>Answer {who}: overdue since {time}</source>
        <translation>Répondre à {who} : en retard depuis {time}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/radar.py" line="106"/>
        <source>Answer {who} by {time}</source>
        <translation>Répondre à {who} avant {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/app/radar.py" line="111"/>
        <source>and %n more waiting for an answer</source>
        <translation>
            <numerusform>et %n autre en attente de réponse</numerusform>
            <numerusform>et %n autres en attente de réponse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/app/radar.py" line="135"/>
        <source>Your week could not be read: {error}</source>
        <translation>Votre semaine n&apos;a pas pu être lue : {error}</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../exec_desk/core/queue.py" line="198"/>
        <source>Mentions you</source>
        <translation>Vous mentionne</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/queue.py" line="200"/>
        <source>{group} · list {label}</source>
        <translation>{group} · liste {label}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/queue.py" line="202"/>
        <source>{group} · search “{label}”</source>
        <translation>{group} · recherche « {label} »</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/queue.py" line="206"/>
        <source>From your home timeline</source>
        <translation>De votre fil d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/queue.py" line="208"/>
        <source>{group} · home timeline</source>
        <translation>{group} · fil d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/queue.py" line="210"/>
        <source>retweeted by @{username}</source>
        <translation>republiée par @{username}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/signal/reasons.py" line="49"/>
        <source>mentions you</source>
        <translation>vous mentionne</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/signal/reasons.py" line="50"/>
        <source>replies to your post</source>
        <translation>répond à votre publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/signal/reasons.py" line="51"/>
        <source>journalist</source>
        <translation>journaliste</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/signal/reasons.py" line="52"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/signal/reasons.py" line="53"/>
        <source>competitor</source>
        <translation>concurrent</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/signal/reasons.py" line="54"/>
        <source>colleague</source>
        <translation>collègue</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/signal/reasons.py" line="55"/>
        <source>your company</source>
        <translation>votre entreprise</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/signal/reasons.py" line="56"/>
        <source>watch word</source>
        <translation>mot surveillé</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/signal/reasons.py" line="57"/>
        <source>part of a spike</source>
        <translation>dans un pic</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/signal/reasons.py" line="58"/>
        <source>company post not amplified yet</source>
        <translation>publication de l&apos;entreprise pas encore amplifiée</translation>
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
    <name>SentTab</name>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="52"/>
        <source>Retweet of post {id}</source>
        <translation>Republication de la publication {id}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="56"/>
        <source>Retweet of @{name}: “{text}”</source>
        <translation>Republication de @{name} : « {text} »</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="58"/>
        <source>Retweet: “{text}”</source>
        <translation>Republication : « {text} »</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="85"/>
        <source>Reading what was sent…</source>
        <translation>Lecture de ce qui a été envoyé…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="91"/>
        <source>Sent</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="91"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="91"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="91"/>
        <source>On x.com</source>
        <translation>Sur x.com</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="94"/>
        <source>Sent posts and retweets</source>
        <translation>Publications et republications envoyées</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="96"/>
        <source>Each row: when it went, what it was, what it cost, its address. {key} opens it on x.com.</source>
        <translation>Chaque ligne : quand c&apos;est parti, ce que c&apos;était, ce que cela a coûté, son adresse. {key} l&apos;ouvre sur x.com.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="107"/>
        <source>Costs are what the API-cost ledger recorded for each send; “—”: not known for this one.</source>
        <translation>Les coûts sont ceux que le registre des coûts de l&apos;API a notés pour chaque envoi ; « — » : inconnu pour celui-ci.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="113"/>
        <source>Open on &amp;x.com</source>
        <translation>Ouvrir sur &amp;x.com</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="116"/>
        <source>Open the selected post on x.com in your browser ({key}).</source>
        <translation>Ouvrir la publication sélectionnée sur x.com dans votre navigateur ({key}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="119"/>
        <source>Copy &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="121"/>
        <source>Copy the address of the selected post.</source>
        <translation>Copier l&apos;adresse de la publication sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="138"/>
        <source>What was sent shows here once Exec Desk has started.</source>
        <translation>Ce qui a été envoyé s&apos;affiche ici une fois Exec Desk démarré.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="164"/>
        <source>Nothing sent yet. What goes out is listed here with its cost and link.</source>
        <translation>Rien d&apos;envoyé pour l&apos;instant. Ce qui part est listé ici avec son coût et son lien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/outbox/sent.py" line="166"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoi</numerusform>
            <numerusform>%n envois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="168"/>
        <source>{count}, the latest first · {cost} in all</source>
        <translation>{count}, les plus récents d&apos;abord · {cost} au total</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/outbox/sent.py" line="173"/>
        <source>What was sent could not be read: {error}</source>
        <translation>Impossible de lire ce qui a été envoyé : {error}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../exec_desk/services/session/engine.py" line="78"/>
        <source>Could not open the session log; this session will not be kept.</source>
        <translation>Impossible d&apos;ouvrir le journal des séances ; cette séance ne sera pas conservée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/session/engine.py" line="82"/>
        <source>{count} posts about “{term}” in the last hour, usually {usual}: they come first.</source>
        <translation>{count} publications sur « {term} » dans la dernière heure, {usual} d&apos;habitude : elles passent en premier.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/services/session/persist.py" line="34"/>
        <source>Monthly API budget reached ({spent} of {budget}): nothing new is fetched; raise the budget in Settings</source>
        <translation>Budget API mensuel atteint ({spent} sur {budget}) : rien de nouveau n’est récupéré ; augmentez le budget dans les Paramètres</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="31"/>
        <source>Trying the retweet again…</source>
        <translation>Nouvel essai de republication…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="36"/>
        <source>Retweeted. Press {key} to undo.</source>
        <translation>Republiée. Appuyez sur {key} pour annuler l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="37"/>
        <source>Retweeted.</source>
        <translation>Republiée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="41"/>
        <source>This post cannot be retweeted.</source>
        <translation>Cette publication ne peut pas être republiée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="42"/>
        <source>Already retweeted — a post is never retweeted twice.</source>
        <translation>Déjà republiée — une publication n&apos;est jamais republiée deux fois.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="51"/>
        <source>Too late to undo: the retweet has been sent.</source>
        <translation>Trop tard pour annuler l&apos;envoi : la republication est partie.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="54"/>
        <source>Nothing to undo.</source>
        <translation>Aucun envoi à annuler.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="56"/>
        <source>Retweet undone — nothing was sent.</source>
        <translation>Envoi de la republication annulé — rien n&apos;est parti.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="73"/>
        <source>{action} on x.com ↗</source>
        <translation>{action} sur x.com ↗</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="79"/>
        <source>Retry retweet</source>
        <translation>Republier à nouveau</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="81"/>
        <source>Retweeted</source>
        <translation>Republiée</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="102"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="103"/>
        <source>Every action, with its keys</source>
        <translation>Toutes les actions, avec leurs touches</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/actions.py" line="146"/>
        <source>{shown} of %Ln post(s)</source>
        <translation>
            <numerusform>{shown} sur %Ln publication</numerusform>
            <numerusform>{shown} sur %Ln publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/actions.py" line="149"/>
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln publication</numerusform>
            <numerusform>%Ln publications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/actions.py" line="151"/>
        <source>Post {position} of {shown}</source>
        <translation>Publication {position} sur {shown}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/actions.py" line="155"/>
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
        <location filename="../../exec_desk/app/sessions.py" line="125"/>
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
        <location filename="../../exec_desk/ui/session/history.py" line="101"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="102"/>
        <source>Time used</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="103"/>
        <source>Read</source>
        <translation>Lues</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="104"/>
        <source>Retweeted</source>
        <translation>Republiées</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="105"/>
        <source>Posted</source>
        <translation>Publiées</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="106"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="111"/>
        <location filename="../../exec_desk/ui/session/history.py" line="124"/>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="112"/>
        <source>Reading the session log…</source>
        <translation>Lecture du journal des séances…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/history.py" line="115"/>
        <source>The session log could not be read: {error}</source>
        <translation>Le journal des séances n&apos;a pas pu être lu : {error}</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <location filename="../../exec_desk/ui/session/window.py" line="90"/>
        <source>Exec Desk — Session</source>
        <translation>Exec Desk — Séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/window.py" line="182"/>
        <source>+{minutes} min</source>
        <translation>+{minutes} min</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/window.py" line="278"/>
        <source>Dismissed: its clock is closed, and the dismissal is logged.</source>
        <translation>Écartée : son délai est clos, et c&apos;est consigné.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/window.py" line="281"/>
        <source>This post has no response clock to close.</source>
        <translation>Cette publication n&apos;a pas de délai de réponse à clore.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/window.py" line="320"/>
        <source>Could not open {url} in the browser.</source>
        <translation>Impossible d&apos;ouvrir {url} dans le navigateur.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/window.py" line="367"/>
        <source>Fetching the rest of the thread…</source>
        <translation>Récupération du reste du fil…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/window.py" line="386"/>
        <source>Fetch the rest — {cost} at most</source>
        <translation>Récupérer le reste — {cost} au plus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/window.py" line="405"/>
        <source>Added %n minute(s).</source>
        <translation>
            <numerusform>%n minute ajoutée.</numerusform>
            <numerusform>%n minutes ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/window.py" line="437"/>
        <source>Nothing new in your sources. Enjoy the quiet.</source>
        <translation>Rien de nouveau dans vos sources. Profitez du calme.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/window.py" line="470"/>
        <source>{problem} The keys were not changed.</source>
        <translation>{problem} Les touches n&apos;ont pas été modifiées.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/window.py" line="502"/>
        <source>No post of this session matches “{text}”.</source>
        <translation>Aucune publication de cette séance ne correspond à « {text} ».</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../exec_desk/storage/settings.py" line="484"/>
        <source>The settings file was unreadable ({problem}); it was moved to {path} and defaults are used.</source>
        <translation>Le fichier des paramètres était illisible ({problem}) ; il a été déplacé vers {path} et les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/storage/settings.py" line="487"/>
        <source>The settings file {path} could not be read ({problem}); defaults are used.</source>
        <translation>Le fichier des paramètres {path} n&apos;a pas pu être lu ({problem}) ; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/storage/settings.py" line="490"/>
        <source>The environment variable {name} is ignored: {problem}</source>
        <translation>La variable d&apos;environnement {name} est ignorée : {problem}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/storage/settings.py" line="491"/>
        <source>{problem}; the default {default} is used instead.</source>
        <translation>{problem} ; la valeur par défaut {default} est utilisée à la place.</translation>
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
        <location filename="../../exec_desk/ui/settings/dialog.py" line="69"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="74"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="77"/>
        <source>Posting</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="78"/>
        <source>Sources and groups</source>
        <translation>Sources et groupes</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="79"/>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="82"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="85"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="88"/>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="101"/>
        <source>Team and disclosure</source>
        <translation>Équipe et communication financière</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="114"/>
        <source>Radar and company</source>
        <translation>Radar et entreprise</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="181"/>
        <source>Exec Desk — Settings</source>
        <translation>Exec Desk — Paramètres</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="194"/>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="204"/>
        <source>More</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="212"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="215"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="267"/>
        <source>A new language applies the next time Exec Desk starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage d&apos;Exec Desk.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="300"/>
        <source>Set by the environment variable {name}; it cannot be changed here.</source>
        <translation>Défini par la variable d&apos;environnement {name} ; vous ne pouvez pas le modifier ici.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="398"/>
        <source>The settings could not be saved: {error}</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="406"/>
        <source>Your groups and sources could not be saved, so nothing was saved: {error}</source>
        <translation>Vos groupes et sources n&apos;ont pas pu être enregistrés, rien n&apos;a donc été enregistré : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="416"/>
        <source>Nothing was saved. Please correct these:</source>
        <translation>Rien n&apos;a été enregistré. Veuillez corriger ceci :</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/dialog.py" line="418"/>
        <source>Nothing was saved. {problem}</source>
        <translation>Rien n&apos;a été enregistré. {problem}</translation>
    </message>
</context>
<context>
    <name>SettingsFields</name>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="49"/>
        <source>Session length</source>
        <translation>Durée d&apos;une séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="50"/>
        <source>Most posts in a session</source>
        <translation>Publications au plus par séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="51"/>
        <source>Time added when extending</source>
        <translation>Temps ajouté en prolongeant</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="52"/>
        <source>Time to undo a retweet</source>
        <translation>Délai pour annuler l&apos;envoi d&apos;une republication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="53"/>
        <source>Remind me to take a session during working hours</source>
        <translation>Me rappeler de faire une séance pendant mes heures de travail</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="54"/>
        <source>Remind me every</source>
        <translation>Me le rappeler toutes les</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="55"/>
        <source>Working day starts at</source>
        <translation>Début de la journée de travail</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="56"/>
        <source>Working day ends at</source>
        <translation>Fin de la journée de travail</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="57"/>
        <source>Working days</source>
        <translation>Jours de travail</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="58"/>
        <source>Cool-off before a post is sent</source>
        <translation>Délai de réflexion avant l&apos;envoi d&apos;une publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="59"/>
        <source>Most posts in a thread</source>
        <translation>Publications au plus dans un fil</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="60"/>
        <source>Ask before sending above</source>
        <translation>Demander avant d&apos;envoyer au-delà de</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="61"/>
        <source>Monthly X API budget</source>
        <translation>Budget API X mensuel</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="62"/>
        <source>X API address</source>
        <translation>Adresse de l&apos;API X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="63"/>
        <source>Sign-in port</source>
        <translation>Port de connexion</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="64"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="65"/>
        <source>Open Exec Desk when I log in</source>
        <translation>Ouvrir Exec Desk à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="66"/>
        <source>Keep cached posts for</source>
        <translation>Garder les publications en cache pendant</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="67"/>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="68"/>
        <source>Calendar address type</source>
        <translation>Type d’adresse de l’agenda</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="69"/>
        <source>CalDAV user name</source>
        <translation>Nom d’utilisateur CalDAV</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="70"/>
        <source>My address in invitations</source>
        <translation>Mon adresse dans les invitations</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="71"/>
        <source>All-day events make me busy</source>
        <translation>Les événements d’une journée entière m’occupent</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="72"/>
        <source>Margin before the next meeting</source>
        <translation>Marge avant la réunion suivante</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="73"/>
        <source>Most sessions proposed a day</source>
        <translation>Séances proposées par jour, au plus</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="74"/>
        <source>Team&apos;s proposals folder</source>
        <translation>Dossier des propositions de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="75"/>
        <source>Blog and newsroom feeds</source>
        <translation>Flux du blog et de la salle de presse</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="76"/>
        <source>Read the feeds every</source>
        <translation>Lire les flux toutes les</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="77"/>
        <source>Quiet periods</source>
        <translation>Périodes de silence</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="78"/>
        <source>Investor-relations calendar</source>
        <translation>Calendrier des relations investisseurs</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="79"/>
        <source>Quiet days before each event</source>
        <translation>Jours de silence avant chaque événement</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="80"/>
        <source>Disclosure words</source>
        <translation>Mots sensibles</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="81"/>
        <source>Names to watch on X</source>
        <translation>Noms à surveiller sur X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="82"/>
        <source>Crisis words</source>
        <translation>Mots de crise</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="83"/>
        <source>Share of the budget for watching</source>
        <translation>Part du budget pour la veille</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="84"/>
        <source>A spike: at least, in an hour</source>
        <translation>Un pic : au moins, en une heure</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="85"/>
        <source>A spike: times the usual count</source>
        <translation>Un pic : fois le nombre habituel</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="86"/>
        <source>Read mentions between sessions every</source>
        <translation>Lire les mentions entre les sessions toutes les</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="87"/>
        <source>Answer mentions within (working hours)</source>
        <translation>Répondre aux mentions sous (heures ouvrées)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="88"/>
        <source>Groups to answer within that time</source>
        <translation>Groupes auxquels répondre dans ce délai</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="89"/>
        <source>Your company&apos;s X accounts</source>
        <translation>Comptes X de votre entreprise</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="90"/>
        <source>Flag a draft this alike to a company post</source>
        <translation>Signaler un brouillon aussi semblable à une publication de l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="91"/>
        <source>Offer a company post not amplified after (hours)</source>
        <translation>Proposer une publication de l&apos;entreprise non amplifiée après (heures)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="94"/>
        <source>How long a reading session lasts.</source>
        <translation>Durée d&apos;une séance de lecture.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="95"/>
        <source>A session adds no more posts once it shows this many.</source>
        <translation>Une séance n&apos;ajoute plus de publications une fois ce nombre atteint.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="96"/>
        <source>Minutes added when you extend a session.</source>
        <translation>Minutes ajoutées quand vous prolongez une séance.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="97"/>
        <source>A retweet waits this long before it is sent, so that you can undo it.</source>
        <translation>Une republication attend ce délai avant de partir, pour que vous puissiez en annuler l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="100"/>
        <source>A notification suggests a session now and then during your working hours.</source>
        <translation>Une notification vous propose une séance de temps en temps pendant vos heures de travail.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="103"/>
        <source>Time between two reminders.</source>
        <translation>Temps entre deux rappels.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="104"/>
        <source>Local time, as HH:MM (for example 09:00).</source>
        <translation>Heure locale, au format HH:MM (par exemple 09:00).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="105"/>
        <source>Local time, as HH:MM (for example 18:00).</source>
        <translation>Heure locale, au format HH:MM (par exemple 18:00).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="106"/>
        <source>Reminders come only on these days.</source>
        <translation>Les rappels ne viennent que ces jours-là.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="107"/>
        <source>A new post waits this long in the outbox before it is sent; you can change or cancel it until then.</source>
        <translation>Une nouvelle publication attend ce délai dans la boîte d&apos;envoi avant de partir ; vous pouvez la modifier ou en annuler l&apos;envoi jusque-là.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="111"/>
        <source>A longer text is refused: shorten it, or raise this if you really mean a long thread.</source>
        <translation>Un texte plus long est refusé : raccourcissez-le, ou augmentez cette valeur si vous voulez vraiment un long fil.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="114"/>
        <source>A post or thread whose estimated cost is above this is sent only once you confirm it. 0: always ask.</source>
        <translation>Une publication ou un fil dont le coût estimé dépasse ce montant n&apos;est envoyé qu&apos;après votre confirmation. 0 : toujours demander.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="118"/>
        <source>Once this month&apos;s X API spending reaches it, sessions show what is already here and fetch nothing new; your retweets and posts still go out. 0: no budget.</source>
        <translation>Une fois ce montant atteint par les dépenses API X du mois, les séances montrent ce qui est déjà là et ne récupèrent rien de nouveau ; vos republications et publications partent toujours. 0 : aucun budget.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="123"/>
        <source>Where Exec Desk sends its X API requests: https://api.x.com, or your company&apos;s gateway.</source>
        <translation>Où Exec Desk envoie ses requêtes à l&apos;API X : https://api.x.com, ou la passerelle de votre entreprise.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="126"/>
        <source>After you approve Exec Desk on X, X sends your browser back to http://127.0.0.1:&lt;port&gt;/callback: that exact address must be registered on your X app. Change it only if another program uses the port.</source>
        <translation>Une fois Exec Desk autorisé, X renvoie votre navigateur vers http://127.0.0.1:&lt;port&gt;/callback : cette adresse exacte doit être enregistrée sur votre application X. Ne la changez que si un autre programme utilise le port.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="131"/>
        <source>The language of Exec Desk&apos;s windows and menus.</source>
        <translation>La langue des fenêtres et des menus d&apos;Exec Desk.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="132"/>
        <source>Exec Desk starts in the tray when you log in.</source>
        <translation>Exec Desk démarre dans la zone de notification à l&apos;ouverture de votre session.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="133"/>
        <source>Posts fetched longer ago are forgotten, to keep the local database small; what you read stays marked read.</source>
        <translation>Les publications récupérées avant sont oubliées, pour garder la base locale petite ; ce que vous avez lu reste marqué comme lu.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="137"/>
        <source>An .ics file, or the address of a published calendar (ICS) or of a CalDAV calendar; read only. Sessions are then proposed in its free gaps. Empty: a reminder every interval instead.</source>
        <translation>Un fichier .ics, ou l’adresse d’un agenda publié (ICS) ou d’un agenda CalDAV, en lecture seule. Les séances sont alors proposées dans ses créneaux libres. Vide : un rappel à intervalle régulier à la place.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="142"/>
        <source>How an address is read: ICS or CalDAV.</source>
        <translation>Comment l’adresse est lue : ICS ou CalDAV.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="143"/>
        <source>For a CalDAV server; its password stays in the system keyring.</source>
        <translation>Pour un serveur CalDAV ; son mot de passe reste dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="146"/>
        <source>A meeting you declined leaves you free. Empty: the address your CalDAV server gives, if any.</source>
        <translation>Une réunion que vous avez déclinée vous laisse libre. Vide : l’adresse que donne votre serveur CalDAV, s’il en donne une.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="150"/>
        <source>By default an all-day event (a holiday, a trip) leaves the day&apos;s gaps free.</source>
        <translation>Par défaut, un événement d’une journée entière (un congé, un voyage) laisse libres les créneaux du jour.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="153"/>
        <source>A gap is proposed only if a session and this margin fit before the next meeting.</source>
        <translation>Un créneau n’est proposé que si une séance et cette marge tiennent avant la réunion suivante.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="156"/>
        <source>At most this many gaps are proposed a day.</source>
        <translation>Au plus ce nombre de créneaux est proposé par jour.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="157"/>
        <source>A folder your team shares (OneDrive, Dropbox, Nextcloud, Syncthing): their proposals come first in each session; your decisions are written beside them. Empty: no deck.</source>
        <translation>Un dossier que partage votre équipe (OneDrive, Dropbox, Nextcloud, Syncthing) : ses propositions passent en premier à chaque séance ; vos décisions sont écrites à côté. Vide : pas de pile.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="162"/>
        <source>One RSS or Atom address a line: each new article becomes a proposal in the deck.</source>
        <translation>Une adresse RSS ou Atom par ligne : chaque nouvel article devient une proposition de la pile.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="165"/>
        <source>A feed is read at most this often.</source>
        <translation>Un flux est lu au plus aussi souvent.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="166"/>
        <source>One a line: 2026-10-01..2026-10-28 Q3 results (both days included). A post with a disclosure word is held during one.</source>
        <translation>Une par ligne : 2026-10-01..2026-10-28 Résultats T3 (les deux jours compris). Une publication contenant un mot sensible y est retenue.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="171"/>
        <source>An .ics file or address: each of its events is a quiet period. Empty: none.</source>
        <translation>Un fichier .ics ou une adresse : chacun de ses événements est une période de silence. Vide : aucun.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="174"/>
        <source>The quiet period starts this many days before each event of that calendar.</source>
        <translation>La période de silence commence autant de jours avant chaque événement de ce calendrier.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="177"/>
        <source>One a line (add your ticker). During a quiet period a post with one of them waits for your confirmation and the press release&apos;s link.</source>
        <translation>Un par ligne (ajoutez votre code mnémonique). Pendant une période de silence, une publication qui en contient un attend votre confirmation et le lien du communiqué.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="182"/>
        <source>What the radar watches on X: your company&apos;s and products&apos; names, your name, the ticker. One search looks for them, within its share of the budget.</source>
        <translation>Ce que le radar surveille sur X : les noms de votre entreprise et de ses produits, votre nom, le symbole boursier. Une recherche les cherche, dans sa part du budget.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="187"/>
        <source>Crisis words that qualify a watched name (“Aldercrest recall”), in English and French.</source>
        <translation>Mots de crise qui précisent un nom surveillé (« Aldercrest rappel »), en anglais et en français.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="190"/>
        <source>Share of the monthly API budget the watch search may spend (0.2: a fifth).</source>
        <translation>Part du budget mensuel de l&apos;API que la recherche de veille peut dépenser (0,2 : un cinquième).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="193"/>
        <source>A spike: at least this many posts about a term in the last hour.</source>
        <translation>Un pic : au moins ce nombre de publications sur un terme dans la dernière heure.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="196"/>
        <source>A spike: and at least this many times the usual count of that hour.</source>
        <translation>Un pic : et au moins ce multiple du nombre habituel à cette heure-là.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="199"/>
        <source>Between sessions, in working hours, your mentions and the watch search are read this often; less often when the budget runs low.</source>
        <translation>Entre les sessions, aux heures ouvrées, vos mentions et la recherche de veille sont lues à ce rythme ; moins souvent quand le budget s&apos;épuise.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="204"/>
        <source>Working hours to answer a mention from a group below (its response clock).</source>
        <translation>Heures ouvrées pour répondre à une mention d&apos;un des groupes ci-dessous (son délai de réponse).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="207"/>
        <source>Groups whose mentions get a response clock.</source>
        <translation>Groupes dont les mentions reçoivent un délai de réponse.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="208"/>
        <source>Your company&apos;s X accounts: a source of their own, and the posts a draft is compared with.</source>
        <translation>Les comptes X de votre entreprise : une source à part, et les publications auxquelles un brouillon est comparé.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="211"/>
        <source>How alike (0 to 1) a draft and a recent company post must be for the composer to suggest amplifying the company&apos;s post instead.</source>
        <translation>À quel point (de 0 à 1) un brouillon et une publication récente de l&apos;entreprise doivent se ressembler pour que l&apos;éditeur propose d&apos;amplifier plutôt celle de l&apos;entreprise.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="216"/>
        <source>A company post you have not amplified this many hours after it was posted is offered at the top of your next session.</source>
        <translation>Une publication de l&apos;entreprise que vous n&apos;avez pas amplifiée ce nombre d&apos;heures après sa parution est proposée en tête de votre prochaine session.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="223"/>
        <location filename="../../exec_desk/ui/settings/fields.py" line="224"/>
        <location filename="../../exec_desk/ui/settings/fields.py" line="225"/>
        <location filename="../../exec_desk/ui/settings/fields.py" line="226"/>
        <location filename="../../exec_desk/ui/settings/fields.py" line="228"/>
        <location filename="../../exec_desk/ui/settings/fields.py" line="229"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="227"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="230"/>
        <location filename="../../exec_desk/ui/settings/fields.py" line="233"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="231"/>
        <location filename="../../exec_desk/ui/settings/fields.py" line="234"/>
        <source> posts</source>
        <translation> publications</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="232"/>
        <location filename="../../exec_desk/ui/settings/fields.py" line="235"/>
        <source> USD</source>
        <translation> $ US</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="239"/>
        <source>No undo: send at once</source>
        <translation>Sans délai : envoi immédiat</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="240"/>
        <source>None: send at once</source>
        <translation>Aucun : envoi immédiat</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="241"/>
        <source>Always ask</source>
        <translation>Toujours demander</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="244"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="245"/>
        <source>English</source>
        <translation>Anglais (English)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="246"/>
        <source>French (Français)</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="247"/>
        <source>Published calendar (ICS)</source>
        <translation>Agenda publié (ICS)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="248"/>
        <source>CalDAV server</source>
        <translation>Serveur CalDAV</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="251"/>
        <location filename="../../exec_desk/ui/settings/fields.py" line="252"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="254"/>
        <source>/home/me/calendar.ics or https://…</source>
        <translation>/home/moi/agenda.ics ou https://…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="255"/>
        <source>you@company.com</source>
        <translation>vous@entreprise.com</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="256"/>
        <source>/home/me/Dropbox/Proposals</source>
        <translation>/home/moi/Dropbox/Propositions</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="257"/>
        <source>/home/me/ir.ics or https://…</source>
        <translation>/home/moi/ir.ics ou https://…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="261"/>
        <source>{label}: enter a time as HH:MM, for example 09:00.</source>
        <translation>{label} : saisissez une heure au format HH:MM, par exemple 09:00.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="262"/>
        <source>{label}: enter a time as HH:MM, for example 18:00.</source>
        <translation>{label} : saisissez une heure au format HH:MM, par exemple 18:00.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="263"/>
        <source>{label}: enter a web address that starts with http:// or https://, for example https://api.x.com.</source>
        <translation>{label} : saisissez une adresse web qui commence par http:// ou https://, par exemple https://api.x.com.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="267"/>
        <location filename="../../exec_desk/ui/settings/fields.py" line="272"/>
        <source>{label}: enter the full path of an .ics file, or an address that starts with https://.</source>
        <translation>{label} : saisissez le chemin complet d’un fichier .ics, ou une adresse qui commence par https://.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="270"/>
        <source>{label}: enter an e-mail address, or leave it empty.</source>
        <translation>{label} : saisissez une adresse e-mail, ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="271"/>
        <source>{label}: enter the full path of a folder, or leave it empty.</source>
        <translation>{label} : saisissez le chemin complet d&apos;un dossier, ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="275"/>
        <source>{label}: write each period as 2026-10-01..2026-10-28, then a name if you like.</source>
        <translation>{label} : écrivez chaque période comme 2026-10-01..2026-10-28, puis un nom si vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="278"/>
        <source>{label}: each line must be an address that starts with http:// or https://.</source>
        <translation>{label} : chaque ligne doit être une adresse qui commence par http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="319"/>
        <source>From {low} to {high}{unit}.</source>
        <translation>De {low} à {high}{unit}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="380"/>
        <source>{label}: this is not in the expected format.</source>
        <translation>{label} : le format n&apos;est pas celui attendu.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="385"/>
        <source>{label} must be between {low} and {high}.</source>
        <translation>{label} doit être compris entre {low} et {high}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="388"/>
        <source>{label}: this value cannot be used.</source>
        <translation>{label} : cette valeur n&apos;est pas utilisable.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/fields.py" line="501"/>
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
        <location filename="../../exec_desk/ui/shortcuts.py" line="251"/>
        <source>{problem} The default keys are used.</source>
        <translation>{problem} Les touches par défaut sont utilisées.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="288"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="55"/>
        <source>Move</source>
        <translation>Se déplacer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="56"/>
        <source>Act on the post</source>
        <translation>Agir sur la publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="57"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="58"/>
        <source>The team&apos;s proposals</source>
        <translation>Les propositions de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="63"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="64"/>
        <source>Next post</source>
        <translation>Publication suivante</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="65"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="66"/>
        <source>Previous post</source>
        <translation>Publication précédente</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="67"/>
        <source>Page down</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="68"/>
        <source>Scroll one page down</source>
        <translation>Descendre d&apos;une page</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="69"/>
        <source>Page up</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="70"/>
        <source>Scroll one page up</source>
        <translation>Remonter d&apos;une page</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="71"/>
        <source>Next group</source>
        <translation>Groupe suivant</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="72"/>
        <source>Show the next group</source>
        <translation>Afficher le groupe suivant</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="73"/>
        <source>Previous group</source>
        <translation>Groupe précédent</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="74"/>
        <source>Show the previous group</source>
        <translation>Afficher le groupe précédent</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="75"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="76"/>
        <source>Filter the posts by words</source>
        <translation>Filtrer les publications par mots</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="77"/>
        <source>Retweet</source>
        <translation>Republier</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="78"/>
        <source>Retweet, or retry a failed one</source>
        <translation>Republier, ou réessayer une republication échouée</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="79"/>
        <source>Undo</source>
        <translation>Annuler l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="80"/>
        <source>Undo a pending retweet</source>
        <translation>Annuler l&apos;envoi d&apos;une republication en attente</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="81"/>
        <source>Like</source>
        <translation>J&apos;aime</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="82"/>
        <source>Like the post</source>
        <translation>Aimer la publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="83"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="84"/>
        <source>Reply to the post</source>
        <translation>Répondre à la publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="85"/>
        <source>Quote</source>
        <translation>Citer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="86"/>
        <source>Quote the post</source>
        <translation>Citer la publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="87"/>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="88"/>
        <source>Close the post&apos;s response clock without answering</source>
        <translation>Clore le délai de réponse de la publication sans répondre</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="89"/>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="90"/>
        <source>Write a new post</source>
        <translation>Rédiger une nouvelle publication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="91"/>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="92"/>
        <source>Open the post and its thread</source>
        <translation>Ouvrir la publication et son fil</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="93"/>
        <source>Fetch the rest</source>
        <translation>Récupérer le reste</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="94"/>
        <source>In a thread: fetch what is missing, its cost shown first</source>
        <translation>Dans un fil : récupérer ce qui manque, son coût affiché d’abord</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="96"/>
        <source>Open on x.com</source>
        <translation>Ouvrir sur x.com</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="97"/>
        <source>Open the post on x.com</source>
        <translation>Ouvrir la publication sur x.com</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="98"/>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="99"/>
        <source>Show every shortcut</source>
        <translation>Afficher tous les raccourcis</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="100"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="101"/>
        <source>Close help or thread; else hide</source>
        <translation>Fermer l&apos;aide ou le fil ; sinon masquer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="103"/>
        <source>Add time to the session</source>
        <translation>Ajouter du temps à la séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="104"/>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="105"/>
        <source>End the session now</source>
        <translation>Terminer la séance maintenant</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="106"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="107"/>
        <source>Show the team&apos;s proposals</source>
        <translation>Afficher les propositions de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="108"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="109"/>
        <source>Approve the proposal: to the outbox, after the cool-off</source>
        <translation>Approuver la proposition : vers la boîte d&apos;envoi, après le délai de réflexion</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="111"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="112"/>
        <source>Edit the proposal in the composer</source>
        <translation>Modifier la proposition dans la fenêtre de rédaction</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="113"/>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="114"/>
        <source>Reject the proposal, with a reason</source>
        <translation>Refuser la proposition, avec une raison</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="138"/>
        <source>this action</source>
        <translation>cette action</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="145"/>
        <source>“{key}” is not a key Exec Desk understands (for {action}).</source>
        <translation>« {key} » n&apos;est pas une touche reconnue par Exec Desk (pour {action}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="194"/>
        <source>There is no action named “{action}” to bind a key to.</source>
        <translation>Aucune action nommée « {action} » à laquelle associer une touche.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/shortcuts.py" line="200"/>
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
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="93"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="99"/>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="100"/>
        <source>Name of the group</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="104"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="106"/>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="324"/>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="108"/>
        <source>Add a group; name it, then add its sources.</source>
        <translation>Ajouter un groupe ; nommez-le, puis ajoutez ses sources.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="110"/>
        <source>Remove the group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="112"/>
        <source>Remove the selected group and its sources.</source>
        <translation>Supprimer le groupe sélectionné et ses sources.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="122"/>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="125"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="123"/>
        <source>Groups with a higher priority come first in a session.</source>
        <translation>Les groupes de plus haute priorité viennent en premier dans une séance.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="126"/>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="130"/>
        <source>Most posts per session</source>
        <translation>Publications au plus par séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="127"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="128"/>
        <source>The most posts of this group in one session; 0 means no limit.</source>
        <translation>Le nombre maximal de publications de ce groupe dans une séance ; 0 signifie sans limite.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="133"/>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="134"/>
        <source>Sources of the group</source>
        <translation>Sources du groupe</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="137"/>
        <source>Remove the source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="140"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="142"/>
        <source>Adds the source typed below and removes the selected one.</source>
        <translation>Ajoute la source saisie ci-dessous et retire celle qui est sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="152"/>
        <source>Kind of source to add</source>
        <translation>Type de source à ajouter</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="158"/>
        <source>Source to add</source>
        <translation>Source à ajouter</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="160"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="162"/>
        <source>Add the source to the group</source>
        <translation>Ajouter la source au groupe</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="164"/>
        <source>Add a source to the group</source>
        <translation>Ajouter une source au groupe</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="175"/>
        <source>Sources and groups can be changed once Exec Desk has started.</source>
        <translation>Les sources et les groupes pourront être modifiés une fois Exec Desk démarré.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="177"/>
        <source>Reading your groups…</source>
        <translation>Lecture de vos groupes…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="216"/>
        <source>No groups yet: your first session sets them up.</source>
        <translation>Pas encore de groupes : votre première séance les crée.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="219"/>
        <source>Choose a group to rename it, change its priority, its share of each session and its sources.</source>
        <translation>Choisissez un groupe pour le renommer, changer sa priorité, sa part de chaque séance et ses sources.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="232"/>
        <source>Your groups could not be read: {error}</source>
        <translation>Vos groupes n&apos;ont pas pu être lus : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="261"/>
        <source>{source} — gone from X</source>
        <translation>{source} — disparue de X</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="270"/>
        <source>{source} (new)</source>
        <translation>{source} (nouvelle)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="291"/>
        <source>X says: {reason} Remove it, or type its replacement below and choose Replace.</source>
        <translation>X indique : {reason} Retirez-la, ou saisissez sa remplaçante ci-dessous et choisissez Remplacer.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="292"/>
        <source>it no longer exists.</source>
        <translation>elle n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="304"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="311"/>
        <source>Give the group a name.</source>
        <translation>Donnez un nom au groupe.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="313"/>
        <source>A group&apos;s name has at most {count} characters.</source>
        <translation>Le nom d&apos;un groupe compte au plus {count} caractères.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="316"/>
        <source>There is already a group named {name}.</source>
        <translation>Il existe déjà un groupe nommé {name}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="331"/>
        <source>Added; name it, then add its sources. It is saved with the settings.</source>
        <translation>Ajouté ; nommez-le, puis ajoutez ses sources. Il sera enregistré avec les paramètres.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="341"/>
        <source>Keep at least one group: sessions show the posts of your groups.</source>
        <translation>Gardez au moins un groupe : les séances montrent les publications de vos groupes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="350"/>
        <source>Removed, with its %n source(s); it is saved with the settings.</source>
        <translation>
            <numerusform>Supprimé, avec %n source ; ce sera enregistré avec les paramètres.</numerusform>
            <numerusform>Supprimé, avec ses %n sources ; ce sera enregistré avec les paramètres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="386"/>
        <source>This source is already in the group {group}.</source>
        <translation>Cette source est déjà dans le groupe {group}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="390"/>
        <source>Added; it is saved with the settings.</source>
        <translation>Ajoutée ; elle sera enregistrée avec les paramètres.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="405"/>
        <source>Replaced; it is saved with the settings.</source>
        <translation>Remplacée ; elle sera enregistrée avec les paramètres.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="419"/>
        <source>Removed; it is saved with the settings.</source>
        <translation>Retirée ; ce sera enregistré avec les paramètres.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/settings/sources_page.py" line="433"/>
        <source>Press Add to add the source you typed, or empty its box.</source>
        <translation>Appuyez sur Ajouter pour ajouter la source saisie, ou videz sa case.</translation>
    </message>
</context>
<context>
    <name>SpendWindow</name>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="41"/>
        <source>Reads of posts</source>
        <translation>Lectures de publications</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="42"/>
        <source>Reads of users</source>
        <translation>Lectures de comptes</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="43"/>
        <source>Owned reads (your posts, mentions, lists)</source>
        <translation>Lectures de vos données (vos publications, mentions, listes)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="44"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="45"/>
        <source>Retweets</source>
        <translation>Republications</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="46"/>
        <source>Media (uploads, descriptions)</source>
        <translation>Médias (envois, descriptions)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="47"/>
        <source>Other calls</source>
        <translation>Autres appels</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="58"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="67"/>
        <source>X API this month: {spent}</source>
        <translation>API X ce mois-ci : {spent}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="68"/>
        <source>X API this month: {spent} of {budget} ({percent})</source>
        <translation>API X ce mois-ci : {spent} sur {budget} ({percent})</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="77"/>
        <source>Your monthly X API budget is used up: {spent} of {budget}. Sessions now show what is already here and fetch nothing new; your posts and retweets still go out.</source>
        <translation>Votre budget mensuel d&apos;API X est épuisé : {spent} sur {budget}. Les séances montrent désormais ce qui est déjà là et ne récupèrent rien de nouveau ; vos publications et republications partent toujours.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="82"/>
        <source>{percent} of your monthly X API budget is used: {spent} of {budget}.</source>
        <translation>{percent} de votre budget mensuel d&apos;API X est utilisé : {spent} sur {budget}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="95"/>
        <source>Spend — Exec Desk</source>
        <translation>Dépenses — Exec Desk</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="103"/>
        <source>◀ &amp;Previous month</source>
        <translation>◀ Mois &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="110"/>
        <source>&amp;Next month ▶</source>
        <translation>Mois &amp;suivant ▶</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="124"/>
        <source>Part of the monthly budget used</source>
        <translation>Part du budget mensuel utilisée</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="131"/>
        <source>Kind of call</source>
        <translation>Type d&apos;appel</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="131"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="131"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="131"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="133"/>
        <source>Spend by kind of call</source>
        <translation>Dépenses par type d&apos;appel</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="138"/>
        <source>Days are UTC days, as X bills. The figures are Exec Desk&apos;s API-cost ledger: its estimate of what X bills for your calls; the Developer Console&apos;s usage page is the bill.</source>
        <translation>Les jours sont des jours UTC, comme X les facture. Les montants viennent du registre des coûts d&apos;API d&apos;Exec Desk : son estimation de ce que X facture pour vos appels ; la page d&apos;utilisation de la Developer Console fait foi.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="148"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="191"/>
        <source>{spent} spent so far this month.</source>
        <translation>{spent} dépensés depuis le début du mois.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="191"/>
        <source>{spent} spent that month.</source>
        <translation>{spent} dépensés ce mois-là.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="193"/>
        <source>No monthly budget is set (Settings → Connection).</source>
        <translation>Aucun budget mensuel n&apos;est défini (Paramètres → Connexion).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="197"/>
        <source>{spent}: over your {budget} monthly budget by {over}.</source>
        <translation>{spent} : {over} au-delà de votre budget mensuel de {budget}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="203"/>
        <source>{spent} of your {budget} monthly budget ({percent}).</source>
        <translation>{spent} sur votre budget mensuel de {budget} ({percent}).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/spend/window.py" line="234"/>
        <source>The spend could not be read: {error}</source>
        <translation>Impossible de lire les dépenses : {error}</translation>
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
        <source>A post counts as read once it stayed on screen long enough to read it, or when you acted on it; read posts are not shown again, except mentions still waiting for your answer.</source>
        <translation>Une publication compte comme lue dès qu’elle a été affichée assez longtemps pour être lue, ou quand vous avez agi dessus ; les publications lues ne sont plus montrées, sauf les mentions qui attendent encore votre réponse.</translation>
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
        <location filename="../../exec_desk/ui/session/summary.py" line="146"/>
        <source>Mentions handled in time: {in_time}; overdue: {overdue}.</source>
        <translation>Mentions traitées à temps : {in_time} ; en retard : {overdue}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="150"/>
        <source>Started {date}</source>
        <translation>Commencée le {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/session/summary.py" line="155"/>
        <source>of %n post(s) in this session</source>
        <translation>
            <numerusform>sur %n publication dans cette séance</numerusform>
            <numerusform>sur %n publications dans cette séance</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="155"/>
        <source>none in this session</source>
        <translation>aucune dans cette séance</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="161"/>
        <source>of {duration} planned</source>
        <translation>sur {duration} prévues</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="164"/>
        <source>X API fees for the reads and writes of this session, from the ledger.</source>
        <translation>Frais de l&apos;API X pour les lectures et écritures de cette séance, d&apos;après le registre.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="171"/>
        <source>This month so far: {spent}.</source>
        <translation>Depuis le début du mois : {spent}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="173"/>
        <source>This month so far: {spent}, over your {budget} monthly budget.</source>
        <translation>Depuis le début du mois : {spent}, au-delà de votre budget mensuel de {budget}.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/session/summary.py" line="176"/>
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
        <location filename="../../exec_desk/ui/timeline/model.py" line="73"/>
        <source>reply by {time}</source>
        <translation>répondre avant {time}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="74"/>
        <source>overdue since {time}</source>
        <translation>en retard depuis {time}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="83"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
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
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="97"/>
        <source>Retweeted · Pending… ({key} to undo)</source>
        <translation>Republiée · En attente… ({key} pour annuler l&apos;envoi)</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="99"/>
        <source>Retweeted</source>
        <translation>Republiée</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="102"/>
        <source>Retweet failed — press {key} to retry ({error})</source>
        <translation>Échec de la republication — appuyez sur {key} pour réessayer ({error})</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="104"/>
        <source>Retweet failed — press {key} to retry</source>
        <translation>Échec de la republication — appuyez sur {key} pour réessayer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="109"/>
        <source>Cannot retweet: {error}</source>
        <translation>Republication impossible : {error}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="110"/>
        <source>Cannot retweet this post</source>
        <translation>Impossible de republier cette publication</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="118"/>
        <source>%Ln (reply|replies)</source>
        <comment>metrics</comment>
        <translation>
            <numerusform>%Ln réponse</numerusform>
            <numerusform>%Ln réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="119"/>
        <source>%Ln retweet(s)</source>
        <comment>metrics</comment>
        <translation>
            <numerusform>%Ln republication</numerusform>
            <numerusform>%Ln republications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="120"/>
        <source>%Ln like(s)</source>
        <comment>metrics</comment>
        <translation>
            <numerusform>%Ln j&apos;aime</numerusform>
            <numerusform>%Ln j&apos;aime</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="121"/>
        <source>%Ln quote(s)</source>
        <comment>metrics</comment>
        <translation>
            <numerusform>%Ln citation</numerusform>
            <numerusform>%Ln citations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="131"/>
        <source>Retweeted by {name}</source>
        <translation>Republiée par {name}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="133"/>
        <source>Retweeted by {name} and {other}</source>
        <translation>Republiée par {name} et {other}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="135"/>
        <source>Retweeted by {name} and %n other(s)</source>
        <translation>
            <numerusform>Republiée par {name} et %n autre personne</numerusform>
            <numerusform>Republiée par {name} et %n autres personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="140"/>
        <source>Unknown account</source>
        <translation>Compte inconnu</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="146"/>
        <source>Why: {reason}</source>
        <translation>Pourquoi : {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/timeline/model.py" line="148"/>
        <source>%n similar post(s) folded in</source>
        <translation>
            <numerusform>%n publication similaire regroupée</numerusform>
            <numerusform>%n publications similaires regroupées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/timeline/model.py" line="167"/>
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
        <location filename="../../exec_desk/ui/tray.py" line="50"/>
        <source>Demo — a fake X with made-up accounts; nothing is posted to the real X.</source>
        <translation>Démo — un faux X avec des comptes inventés ; rien n&apos;est publié sur le vrai X.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="51"/>
        <source>This desktop shows no system tray, so Exec Desk lives in this small window instead. Closing it keeps Exec Desk running (run exec-desk again to bring it back); use Menu → Quit to stop it.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification : Exec Desk vit donc dans cette petite fenêtre. La fermer laisse Exec Desk tourner (relancez exec-desk pour la retrouver) ; utilisez Menu → Quitter pour l&apos;arrêter.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="60"/>
        <source>Snooze 15 minutes</source>
        <translation>Reporter de 15 minutes</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="61"/>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="62"/>
        <source>For the rest of today</source>
        <translation>Jusqu&apos;à la fin de la journée</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="63"/>
        <source>Resume reminders</source>
        <translation>Reprendre les rappels</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="134"/>
        <source>Back to the session ({time} left)</source>
        <translation>Revenir à la séance (encore {time})</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="136"/>
        <source>Start a {minutes}-minute session</source>
        <translation>Commencer une séance de {minutes} min</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="167"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="181"/>
        <location filename="../../exec_desk/ui/tray.py" line="370"/>
        <source>Pause reminders</source>
        <translation>Suspendre les rappels</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="201"/>
        <source>{app} — Demo</source>
        <translation>{app} — Démo</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="218"/>
        <source>Exec Desk is already running: it lives in the system tray.</source>
        <translation>Exec Desk est déjà lancé : il se trouve dans la zone de notification.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="303"/>
        <location filename="../../exec_desk/ui/tray.py" line="307"/>
        <source>Click here to start it.</source>
        <translation>Cliquez ici pour la commencer.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="304"/>
        <source>Click here for the summary.</source>
        <translation>Cliquez ici pour le bilan.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="309"/>
        <source>Click to open it on x.com: {url}</source>
        <translation>Cliquez pour l&apos;ouvrir sur x.com : {url}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="318"/>
        <source>Open it on x.com</source>
        <translation>L&apos;ouvrir sur x.com</translation>
    </message>
    <message numerus="yes">
        <location filename="../../exec_desk/ui/tray.py" line="342"/>
        <source>Session running: %n min left</source>
        <translation>
            <numerusform>Séance en cours : encore %n min</numerusform>
            <numerusform>Séance en cours : encore %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="366"/>
        <source>Last session…</source>
        <translation>Dernière séance…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="367"/>
        <location filename="../../exec_desk/ui/tray.py" line="446"/>
        <source>Quick compose</source>
        <translation>Rédaction rapide</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="372"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="380"/>
        <source>Your week…</source>
        <translation>Votre semaine…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="382"/>
        <source>Spend…</source>
        <translation>Dépenses…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="383"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="384"/>
        <source>Account…</source>
        <translation>Compte…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="386"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="427"/>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="428"/>
        <source>Hide this explanation</source>
        <translation>Masquer cette explication</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="448"/>
        <source>Menu…</source>
        <translation>Menu…</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/tray.py" line="449"/>
        <source>Pause reminders, spend, settings, account, quit</source>
        <translation>Suspendre les rappels, dépenses, paramètres, compte, quitter</translation>
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
    <name>Week</name>
    <message>
        <location filename="../../exec_desk/core/signal/week.py" line="126"/>
        <source>Start small: one five-minute session on two days next week.</source>
        <translation>Commencez petit : une session de cinq minutes, deux jours la semaine prochaine.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/signal/week.py" line="127"/>
        <source>Next step: amplify. Retweet one post a session that your clients or your team would want to see.</source>
        <translation>Prochaine étape : amplifier. Retweetez à chaque session une publication que vos clients ou votre équipe voudraient voir.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/signal/week.py" line="130"/>
        <source>Next step: speak. Write one short post next week about what you amplified most.</source>
        <translation>Prochaine étape : prendre la parole. Écrivez la semaine prochaine une courte publication sur ce que vous avez le plus amplifié.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/signal/week.py" line="133"/>
        <source>Share others&apos; work a little more: about five retweets for each post of your own (4-1-1).</source>
        <translation>Partagez un peu plus le travail des autres : environ cinq retweets pour chacune de vos publications (4-1-1).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/signal/week.py" line="136"/>
        <source>Mentions that waited past their clock this week: {count}. Open clocks come first in a session: answer them there.</source>
        <translation>Mentions restées sans réponse au-delà de leur délai cette semaine : {count}. Les délais ouverts passent en premier dans une session : répondez-y là.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/core/signal/week.py" line="141"/>
        <source>Keep the rhythm: a post of your own and a few retweets a week.</source>
        <translation>Gardez le rythme : une publication à vous et quelques retweets par semaine.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="25"/>
        <source>Watch</source>
        <translation>Veiller</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="26"/>
        <source>Amplify</source>
        <translation>Amplifier</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="27"/>
        <source>Speak</source>
        <translation>Prendre la parole</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="37"/>
        <source>Nothing posted or amplified yet.</source>
        <translation>Rien de publié ni d&apos;amplifié pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="38"/>
        <source>All amplified, none of your own yet.</source>
        <translation>Tout amplifié, rien de vous pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="39"/>
        <source>More of your own than the guide suggests.</source>
        <translation>Plus de publications à vous que le guide ne le suggère.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="40"/>
        <source>In line with the guide.</source>
        <translation>Conforme au guide.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="42"/>
        <source>{own} of your own, {amplified} amplified (4-1-1: about one in six).</source>
        <translation>{own} à vous, {amplified} amplifiées (4-1-1 : environ une sur six).</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="54"/>
        <source>Each day of the week: minutes, retweets and posts</source>
        <translation>Chaque jour de la semaine : minutes, retweets et publications</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="107"/>
        <source>Minutes in sessions</source>
        <translation>Minutes en session</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="108"/>
        <source>Amplified</source>
        <translation>Amplifiées</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="109"/>
        <source>Your posts</source>
        <translation>Vos publications</translation>
    </message>
</context>
<context>
    <name>WeekWindow</name>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="126"/>
        <source>Your week — Exec Desk</source>
        <translation>Votre semaine — Exec Desk</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="131"/>
        <source>Your week</source>
        <translation>Votre semaine</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="145"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="146"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="147"/>
        <source>Posts read</source>
        <translation>Publications lues</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="148"/>
        <source>Amplified</source>
        <translation>Amplifiées</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="149"/>
        <source>Written</source>
        <translation>Écrites</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="150"/>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="174"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="201"/>
        <source>From {start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="209"/>
        <source>Your stage: {path}</source>
        <translation>Votre étape : {path}</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="223"/>
        <source>Mentions answered within their clock: {in_time} of {due} ({overdue} overdue).</source>
        <translation>Mentions traitées dans leur délai : {in_time} sur {due} ({overdue} en retard).</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="230"/>
        <source>No mention from a journalist or a client asked for an answer.</source>
        <translation>Aucune mention d&apos;un journaliste ou d&apos;un client n&apos;attendait de réponse.</translation>
    </message>
    <message>
        <location filename="../../exec_desk/ui/week/window.py" line="231"/>
        <source>Mix: {mix}</source>
        <translation>Équilibre : {mix}</translation>
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
        <translation>L&apos;envoi d&apos;une publication en attente dans la boîte d&apos;envoi peut être annulé jusqu&apos;à son départ.</translation>
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
