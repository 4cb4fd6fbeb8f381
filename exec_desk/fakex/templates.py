"""Post texts of the fake world: templates per group and language, and the vocabulary that fills them.

Placeholders: {company} {product} {competitor} {client} {event} {city} {pct} {amount} {quarter} {n} {topic}
{me} (the user's @handle) and {link} (replaced by a t.co link whose target suits the author).
"""

from __future__ import annotations

from exec_desk.fakex.model import Group

PRODUCTS = ("Aldercrest Flow", "Beacon API", "Flow Studio", "Aldercrest Pilot")
COMPETITORS = ("Vantage Robotics", "Brightforge", "Nordlys Systems", "Kestrel Dynamics")
CLIENTS = ("Meridian Logistics", "Halcyon Air Cargo", "Cobalt Retail", "Groupe Valmont", "Tessera Foods")
EVENTS = ("EuroLogistics Summit", "Paris Automation Week", "ShipTech Expo", "RoboBusiness Europe", "ProMat Live")
CITIES = ("Paris", "Boston", "Rotterdam", "Lyon", "Chicago", "Madrid", "Frankfurt", "Lille", "London")
TOPICS_EN = (
    "robot fleet orchestration",
    "peak-season staffing",
    "cold-chain automation",
    "WMS integrations",
    "AI planning",
    "safety around cobots",
    "returns processing",
    "energy use in warehouses",
)
TOPICS_FR = (
    "l'orchestration de flottes de robots",
    "la logistique du froid",
    "l'automatisation des entrepôts",
    "la sécurité des cobots",
    "la planification par IA",
    "la réindustrialisation",
)
QUARTERS = ("Q1", "Q2", "Q3", "Q4")
AMOUNTS = ("$25M", "$40M", "€18M", "€60M", "$120M", "€9M")
HASHTAGS = ("#logistics", "#robotics", "#supplychain", "#AI", "#FrenchTech", "#automation")

LINK_SITES: dict[Group, tuple[str, ...]] = {
    Group.SELF: ("aldercrest.example/blog", "www.linkedin.example/pulse"),
    Group.CORPORATE: ("aldercrest.example/news", "aldercrest.example/careers", "aldercrest.example/events"),
    Group.JOURNALIST: (
        "techledger.example/2026",
        "freightwire.example/news",
        "echodumatin.example/tech",
        "operator.example/p",
        "journal-industrie.example/entreprises",
    ),
    Group.COMPETITOR: ("vantagerobotics.example/press", "brightforge.example/blog", "kestrel.example/actus"),
    Group.CLIENT: ("meridian.example/stories", "cobaltretail.example/newsroom", "valmont.example/presse"),
    Group.EMPLOYEE: ("aldercrest.example/engineering", "github.example/aldercrest", "aldercrest.example/jobs"),
    Group.OTHER: ("substack.example/p", "medium.example/@ops", "youtube.example/watch"),
}
SLUGS = (
    "series-c-funding",
    "new-fulfilment-centre",
    "q3-results",
    "robot-safety-report",
    "customer-story",
    "peak-season-lessons",
    "product-launch",
    "interview",
    "benchmark-2026",
    "hiring-engineers",
)

ORIGINALS: dict[tuple[Group, str], tuple[str, ...]] = {
    (Group.SELF, "en"): (
        "Proud of the team: {product} now runs in {n} warehouses. The best robots are the ones nobody notices. {link}",
        "Spent the morning on the floor at {client} in {city}. Humans and robots, same rhythm. Lessons below. {link}",
        "Three things I learned about {topic} this quarter. A thread, sort of. {link}",
        "Speaking at {event} next week on {topic}. Come say hi.",
        "Our {quarter} letter to customers is out. Short version: fewer mispicks, happier night shifts. {link}",
    ),
    (Group.SELF, "fr"): (
        "Fière de l'équipe : {product} tourne désormais dans {n} entrepôts. {link}",
        "Belle matinée à {city} chez {client}. Les robots au service des équipes, pas l'inverse.",
    ),
    (Group.CORPORATE, "en"): (
        "Introducing {product} 4.0: {pct}% faster pick paths and a new safety layer for mixed fleets. {link}",
        "We're at {event} in {city} this week. Booth 14B, live demo every hour. {link}",
        "Customer story: how {client} cut mispicks by {pct}% during peak season. {link}",
        "We're hiring {n} engineers across Paris and Boston. Robots, maps, real-time systems. {link}",
        "New on the blog: {topic}, explained by the people who build it. {link}",
        "{company} announces a partnership with {client} to automate {n} sites by 2027. {link}",
        "Webinar Thursday: {topic} with our product team. Register here {link}",
    ),
    (Group.CORPORATE, "fr"): (
        "Nouveau : {product} disponible en français pour tous nos clients. {link}",
        "Retrouvez-nous au salon {event} à {city}, stand 14B. {link}",
        "Témoignage client : {client} réduit ses erreurs de préparation de {pct} %. {link}",
        "{company} recrute {n} ingénieurs à Paris. Rejoignez-nous ! {link}",
    ),
    (Group.JOURNALIST, "en"): (
        "NEW: {competitor} is in talks to raise {amount}, people familiar with the matter say. {link}",
        "Scoop: {client} is quietly testing robot fleets from two vendors at its {city} hub. {link}",
        "My interview with the CEO of {competitor} on {topic} and what comes after the hype. {link}",
        "Warehouse automation funding hit {amount} in {quarter}. Where the money went: {link}",
        "Working on a story about {topic}. If you run a warehouse and have opinions, DMs are open.",
        "Analysis: why {topic} is the boring problem everyone in logistics now cares about. {link}",
        "At {event} today. Busiest booths so far: {competitor} and {company}.",
        "Earnings: {client} says automation saved {pct}% on fulfilment costs in {quarter}. {link}",
    ),
    (Group.JOURNALIST, "fr"): (
        "EXCLUSIF : {competitor} prépare une levée de {amount}, selon nos informations. {link}",
        "Reportage dans un entrepôt robotisé de {client} à {city}. {link}",
        "Entretien avec la dirigeante de {company} sur {topic}. {link}",
        "La robotique logistique française lève {amount} au {quarter}. Notre analyse : {link}",
        "Je prépare un papier sur {topic}. Vos témoignages sont les bienvenus en DM.",
    ),
    (Group.COMPETITOR, "en"): (
        "Big news: we just closed our {amount} round to scale {topic}. {link}",
        "Our new robot lifts {n} kg and learns a new layout in under an hour. {link}",
        "Thrilled to welcome {client} as a customer. {n} sites live by spring. {link}",
        "Join us at {event}: we'll show what {topic} looks like at scale.",
        "Benchmarks are in: {pct}% more picks per hour than last year's fleet. {link}",
    ),
    (Group.COMPETITOR, "fr"): (
        "Kestrel Dynamics ouvre une nouvelle usine à Grenoble : {n} emplois créés. {link}",
        "Nos cobots arrivent chez {client}. Fiers de ce partenariat ! {link}",
        "Table ronde sur {topic} au salon {event}. Venez nombreux.",
    ),
    (Group.CLIENT, "en"): (
        "Peak season update: {n} million parcels shipped from our {city} hub this week. {link}",
        "Our new automated centre in {city} is live. Thanks to every partner who made it happen. {link}",
        "We're hiring warehouse leads in {city}. Great teams, great robots. {link}",
        "{quarter} results: on-time delivery at {pct}%, a record. {link}",
        "Sustainability report: automation helped cut energy use per parcel by {pct}%. {link}",
    ),
    (Group.CLIENT, "fr"): (
        "Notre nouvelle plateforme logistique de {city} est opérationnelle. {link}",
        "Résultats {quarter} : taux de service à {pct} %. Merci aux équipes !",
        "Nous recrutons des chefs d'équipe logistique à {city}. {link}",
    ),
    (Group.EMPLOYEE, "en"): (
        "Shipped today: a rewrite of our path planner. {pct}% less idle time for the fleet. {link}",
        "Giving a talk on {topic} at {event}. Slides after. {link}",
        "Our team is growing: {n} open roles and a very good coffee machine. {link}",
        "Fun bug of the week: a robot that refused to turn left on Tuesdays. Postmortem: {link}",
        "Customer visit at {client} today. Nothing beats watching {product} run on a real floor.",
        "Five years at {company} today. Still the best team I've worked with.",
    ),
    (Group.EMPLOYEE, "fr"): (
        "On recrute ! {n} postes ouverts dans l'équipe robotique à Paris. {link}",
        "Retour d'expérience sur {topic} : notre article de blog. {link}",
        "Belle journée chez {client} à {city} pour la mise en service de {product}.",
    ),
    (Group.OTHER, "en"): (
        "Hot take: {topic} matters more than the robots themselves.",
        "Reading about {competitor}'s {amount} raise. The warehouse robotics market is getting crowded. {link}",
        "Our site went live with robots last month. Honest review after {n} shifts: {link}",
        "Thread on what {topic} means for warehouse jobs. {link}",
        "Is anyone at {event}? Looking for people to talk {topic} with.",
    ),
    (Group.OTHER, "fr"): (
        "Mon avis sur {topic} après {n} ans en entrepôt : {link}",
        "La levée de {competitor} confirme l'intérêt des investisseurs pour la robotique. {link}",
        "Qui sera au salon {event} ? Je cherche à échanger sur {topic}.",
    ),
}

MENTIONS_OF_ME: dict[str, tuple[str, ...]] = {
    "en": (
        "Great panel with {me} at {event} on {topic}. Worth the replay. {link}",
        "{me} any plans to bring {product} to {city}? Asking for a client.",
        "Would love your take on {topic}, {me}. Quick call this week?",
        "Interesting interview with {me} about {topic}. {link}",
        "Congrats {me} and the {company} team on the launch!",
    ),
    "fr": (
        "Passionnant échange avec {me} sur {topic} au salon {event}.",
        "{me} une interview pour notre dossier sur {topic} ? Bouclage vendredi.",
        "Bravo {me} et toute l'équipe {company} !",
    ),
}

REPLIES: dict[str, tuple[str, ...]] = {
    "en": (
        "Agreed. The hard part is {topic}, not the hardware.",
        "Great news, congrats to the team!",
        "Curious how this compares with what {competitor} showed at {event}.",
        "We saw something similar in {city}: {pct}% fewer errors after six weeks.",
        "Any data on {topic}? Would love to read more.",
        "This is the way.",
        "Thanks for sharing, very useful for our {quarter} planning.",
    ),
    "fr": (
        "Tout à fait d'accord, le vrai sujet c'est {topic}.",
        "Bravo à toute l'équipe !",
        "Intéressant. Des chiffres sur {topic} ?",
        "Merci pour le partage.",
    ),
}

QUOTES: dict[str, tuple[str, ...]] = {
    "en": (
        "Worth reading if you care about {topic}.",
        "This. Especially the part about {topic}.",
        "Big move. Expect {competitor} to answer within the quarter.",
        "The numbers here are impressive: {pct}% is not a rounding error.",
    ),
    "fr": (
        "À lire si {topic} vous intéresse.",
        "Une annonce qui compte pour le secteur.",
    ),
}

ALT_TEXTS = (
    "Rows of orange mobile robots carrying shelves across a bright warehouse floor",
    "A speaker on stage in front of a slide reading 'Robots that play nice with people'",
    "Team photo: about thirty people in blue Aldercrest t-shirts waving at the camera",
    "Bar chart showing picks per hour rising each quarter of the year",
    "A warehouse worker and a small robot arm sorting parcels side by side",
    "Trade-show booth with a large screen showing a live map of a robot fleet",
    "Aerial view of a new distribution centre with solar panels on the roof",
)
VIDEO_ALT = "Short video of a robot fleet rerouting around a blocked aisle"

#: Questions journalists put to the user (they expect an answer: the response clock).
JOURNALIST_QUESTIONS: dict[str, tuple[str, ...]] = {
    "en": (
        "{me} quick question for a piece on {topic}: how many sites run {product} today?",
        "{me} are you open to a comment on {competitor}'s {amount} raise? Filing at 5pm.",
        "{me} would you join our podcast on {topic} next week? Twenty minutes, recorded.",
        "{me} is it true {client} is moving its {city} hub to {product}? Happy to take it on background.",
    ),
    "fr": (
        "{me} une question pour notre article sur {topic} : combien de sites utilisent {product} ?",
        "{me} un commentaire sur la levée de {competitor} ? Nous bouclons ce soir.",
    ),
}
#: What clients ask the user.
CLIENT_QUESTIONS: dict[str, tuple[str, ...]] = {
    "en": (
        "{me} any chance of a {product} demo for our {city} team next week?",
        "{me} can we talk about the {quarter} roadmap? Our ops lead has questions.",
    ),
    "fr": ("{me} pouvons-nous caler un point sur {product} avant la fin du mois ?",),
}
#: What the public writes when something happens to the company: the radar's spikes ({word}: the crisis).
SPIKES: dict[str, tuple[str, ...]] = {
    "en": (
        "Is {company} down? Our robots stopped mid-shift. {word}?",
        "Hearing about the {company} {word} this morning. Anyone know more?",
        "{company} {word} is trending in our group chat. Not great.",
        "Our site lead says the {company} {word} hit three warehouses in {city}.",
        "Waiting for a statement from {company} about the {word}.",
    ),
    "fr": (
        "{company} en {word} ce matin ? Nos robots sont à l'arrêt.",
        "On parle d'une {word} chez {company}. Quelqu'un en sait plus ?",
    ),
}
SPIKE_WORDS = {"en": ("recall", "outage"), "fr": ("panne",)}
