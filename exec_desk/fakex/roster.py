"""Who lives in the fake world: the executive, her company, the press, competitors, clients and the team.

Everything here is fictional. Web links use the reserved `.example` top-level domain.
"""

from __future__ import annotations

from datetime import UTC, datetime

from exec_desk.fakex.model import Account, FakeList, Group

USER_ID = "1000"
COMPANY = "Aldercrest"

# id | username | name | group | lang | verified type | location
_ROSTER = """
1000 | claire_exec | Claire Fontaine | self | en | blue | Paris, France
2000 | Aldercrest | Aldercrest | corporate | en | business | Paris · Boston
2001 | Aldercrest_FR | Aldercrest France | corporate | fr | business | Paris
3001 | maya_reports | Maya Chen | journalist | en | blue | San Francisco
3002 | jlucas_presse | Julien Lucas | journalist | fr | blue | Paris
3003 | ben_okafor | Ben Okafor | journalist | en | blue | London
3004 | sofia_writes | Sofia Marquez | journalist | en | blue | New York
3005 | camille_durand | Camille Durand | journalist | fr | blue | Lyon
3006 | tomreillytech | Tom Reilly | journalist | en | none | Dublin
3007 | anika_bloom | Anika Bloom | journalist | en | blue | Berlin
4001 | VantageRobotics | Vantage Robotics | competitor | en | business | Pittsburgh
4002 | markus_vantage | Markus Hale | competitor | en | blue | Pittsburgh
4003 | Brightforge | Brightforge | competitor | en | business | Amsterdam
4004 | NordlysSystems | Nordlys Systems | competitor | en | business | Oslo
4005 | ines_kestrel | Inès Moreau | competitor | fr | blue | Grenoble
5001 | MeridianLogi | Meridian Logistics | client | en | business | Rotterdam
5002 | HalcyonCargo | Halcyon Air Cargo | client | en | business | Frankfurt
5003 | CobaltRetail | Cobalt Retail Group | client | en | business | Chicago
5004 | GroupeValmont | Groupe Valmont | client | fr | business | Lille
5005 | TesseraFoods | Tessera Foods | client | en | business | Madrid
5006 | priya_meridian | Priya Nair | client | en | none | Rotterdam
5007 | olivier_valmont | Olivier Garnier | client | fr | none | Lille
6001 | dan_cto | Daniel Weiss | employee | en | none | Boston
6002 | lea_cfo | Léa Martin | employee | fr | none | Paris
6003 | sam_sales | Sam Patel | employee | en | none | London
6004 | nora_product | Nora Lindqvist | employee | en | none | Stockholm
6005 | hugo_eng | Hugo Bernard | employee | fr | none | Paris
6006 | grace_people | Grace Kim | employee | en | none | Boston
6007 | aldercrest_eng | Aldercrest Engineering | employee | en | none | Paris · Boston
7001 | supplychain_amy | Amy Fischer | other | en | none | Hamburg
7002 | robo_investor | Kai Tanaka | other | en | blue | Tokyo
7003 | marc_logistique | Marc Lefebvre | other | fr | none | Marseille
7004 | warehouse_wendy | Wendy Adams | other | en | none | Ohio
7005 | techpolicy_raj | Raj Mehta | other | en | none | Washington DC
7006 | elise_vc | Élise Roux | other | fr | blue | Paris
7007 | ops_guy_mike | Mike O'Brien | other | en | none | Manchester
7008 | lina_student | Lina Haddad | other | en | none | Montréal
7009 | finance_fred | Fred Walsh | other | en | none | London
8001 | newsdesk_nina | Nina Park | public | en | none | Chicago
8002 | owen_ships | Owen Price | public | en | none | Leeds
8003 | paulette_b | Paulette Blanc | public | fr | none | Nantes
8004 | quinn_ops | Quinn Taylor | public | en | none | Denver
8005 | rosa_logistica | Rosa Vidal | public | en | none | Valencia
8006 | sami_dock | Sami Laine | public | en | none | Helsinki
8007 | thibault_r | Thibault Roche | public | fr | none | Bordeaux
8008 | uma_retail | Uma Shah | public | en | none | Leicester
8009 | vic_freight | Victor Hale | public | en | none | Atlanta
8010 | wes_warehouse | Wes Grant | public | en | none | Reno
"""
_BIOS = {
    "1000": "CEO @Aldercrest. Warehouse robotics that plays nice with people. Paris · Boston. Views my own.",
    "2000": "Orchestration software for warehouse robots. Makers of Aldercrest Flow and Beacon API.",
    "2001": "Le compte officiel d'Aldercrest en France. Logiciels pour entrepôts robotisés.",
    "3001": "Senior reporter @TechLedger covering robotics & supply chain. DMs open, Signal on request.",
    "3002": "Journaliste tech à L'Écho du Matin. Industrie, robotique, start-ups françaises.",
    "3003": "Logistics editor at FreightWire. Ex-trucker, still loves a good pallet.",
    "3004": "Covers enterprise AI for The Operator newsletter. Tips: sofia@operator.example",
    "3005": "Cheffe de rubrique Entreprises, Le Journal de l'Industrie. Podcast « Usine 4.0 ».",
    "3006": "Tech columnist. Robots, chips and the people who pay for them.",
    "3007": "Markets reporter. Funding rounds, IPO chatter, earnings calls at odd hours.",
    "4001": "Autonomous mobile robots for every warehouse.",
    "4002": "CEO @VantageRobotics. Building the robot fleet of the future.",
    "4003": "AI planning for fulfilment centres.",
    "4004": "Nordic warehouse automation since 2009.",
    "4005": "CEO de Kestrel Dynamics. Robots collaboratifs made in France.",
    "5001": "Third-party logistics across 14 countries.",
    "5002": "Air freight, on time, every time.",
    "5003": "Home of 900 stores and one very busy e-commerce operation.",
    "5004": "Distribution alimentaire en Europe de l'Ouest.",
    "5005": "Fresh food, fast. Cold-chain specialists.",
    "5006": "COO @MeridianLogi. Operations nerd, marathon runner.",
    "5007": "Directeur supply chain @GroupeValmont.",
    "6001": "CTO @Aldercrest. Distributed systems, motion planning, bad puns.",
    "6002": "CFO @Aldercrest. Chiffres, croissance et café.",
    "6003": "VP Sales EMEA @Aldercrest. Let's talk throughput.",
    "6004": "Head of Product @Aldercrest. Previously robots at sea.",
    "6005": "Ingénieur robotique @Aldercrest. Lidar le jour, vélo le soir.",
    "6006": "Chief People Officer @Aldercrest. We're hiring!",
    "6007": "The engineering blog and team behind Aldercrest Flow.",
    "7001": "Supply chain analyst. Opinions on pallets, ports and people.",
    "7002": "Investing in industrial automation. Partner at Fieldstone Ventures.",
    "7003": "Consultant logistique. Ancien directeur d'entrepôt.",
    "7004": "Shift lead, 3PL. Robots are coworkers now.",
    "7005": "Automation & labour policy researcher.",
    "7006": "Investisseuse deeptech. Robotique, énergie, industrie.",
    "7007": "Ops director. Talks about WMS migrations way too much.",
    "7008": "Robotics MSc student. Looking for an internship!",
    "7009": "Equity research, industrial tech.",
    "8001": "Local news, mostly logistics and labour.",
    "8002": "Forklift driver. Opinions my own.",
    "8003": "Cheffe de quai. Café, colis et syndicats.",
    "8004": "Ops analyst. Dashboards all day.",
    "8005": "Supply chain student and podcast host.",
    "8006": "Dock worker, amateur photographer.",
    "8007": "Consultant en entrepôts connectés.",
    "8008": "Retail buyer. Delivery times are my life.",
    "8009": "Freight broker. Will talk rates.",
    "8010": "Night shift at a 3PL in Nevada.",
}


def _rows() -> list[list[str]]:
    return [[cell.strip() for cell in line.split("|")] for line in _ROSTER.strip().splitlines()]


#: Groups whose accounts the user follows (home timeline = their posts + the user's own).
FOLLOWED_GROUPS = frozenset({Group.CORPORATE, Group.JOURNALIST, Group.COMPETITOR, Group.CLIENT, Group.EMPLOYEE})
#: Accounts outside the followed groups the user follows anyway.
EXTRA_FOLLOWED = frozenset({"7002", "7006"})

#: (id, name, owner, description, member groups or ids, private)
_LISTS: tuple[tuple[str, str, str, str, tuple[str, ...], bool], ...] = (
    ("1720000000000000101", "Press", USER_ID, "Journalists who cover us and our market", (Group.JOURNALIST,), True),
    ("1720000000000000102", "Competitors", USER_ID, "Keep your friends close…", (Group.COMPETITOR,), True),
    ("1720000000000000103", "Key clients", USER_ID, "Customers and their leaders", (Group.CLIENT,), True),
    ("1720000000000000104", "Team", USER_ID, "Aldercrest people", (Group.EMPLOYEE, Group.CORPORATE), False),
    (
        "1650000000000000201",
        "Robotics Watch",
        "3001",
        "Companies and people moving warehouse robotics",
        (Group.COMPETITOR, "2000", "7002", "7001"),
        False,
    ),
    (
        "1650000000000000202",
        "French Tech Industrie",
        "3005",
        "L'industrie française qui innove",
        ("2001", "4005", "5004", "6002", "6005", "7003", "7006"),
        False,
    ),
)
FOLLOWED_LIST_IDS = ("1650000000000000201", "1650000000000000202")


def accounts(rng_followers: list[int]) -> list[Account]:
    """The fixed cast; `rng_followers` supplies one seeded number per account for its counts."""
    out = []
    for index, (aid, username, name, group_name, lang, vtype, location) in enumerate(_rows()):
        group = Group(group_name)
        base = rng_followers[index % len(rng_followers)]
        scale = {Group.CORPORATE: 40, Group.COMPETITOR: 25, Group.CLIENT: 15, Group.JOURNALIST: 12}.get(group, 2)
        out.append(
            Account(
                id=aid,
                username=username,
                name=name,
                group=group,
                description=_BIOS[aid],
                lang=lang,
                location=location,
                url=f"https://{username.lower()}.example" if group is not Group.OTHER else "",
                verified=vtype != "none",
                verified_type=vtype,
                created_at=datetime(2009 + index % 14, 1 + index % 12, 1 + index % 27, 9, 30, tzinfo=UTC),
                followers_count=base * scale + 180,
                following_count=150 + base % 900,
                listed_count=base % 300,
                post_count=1200 + base * 3,
            )
        )
    return out


def lists(all_accounts: list[Account]) -> list[FakeList]:
    by_group: dict[str, list[str]] = {}
    for account in all_accounts:
        by_group.setdefault(account.group.value, []).append(account.id)
    out = []
    for index, (lid, name, owner, desc, members, private) in enumerate(_LISTS):
        ids: list[str] = []
        for member in members:
            ids.extend(by_group.get(member, [member] if not isinstance(member, Group) else []))
        out.append(
            FakeList(
                id=lid,
                name=name,
                owner_id=owner,
                description=desc,
                members=ids,
                follower_count=0 if private else 120 + 37 * index,
                private=private,
                created_at=datetime(2022 + index % 3, 3 + index, 10, 14, 0, tzinfo=UTC),
            )
        )
    return out
