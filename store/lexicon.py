"""Small word lists the text analysis reads as data.

Nothing here names a person or company from any particular article: these are
generic English function words, job titles, calendar words, a compact
gazetteer of places and a table of widely known nicknames and renamings.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def phrases(text: str) -> frozenset[str]:
    """Names of several words, separated by "|"; line breaks and indents fold to one space."""
    return frozenset(" ".join(phrase.split()) for phrase in text.split("|"))


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# The months' full names as a pattern's alternation: "January|February|...|December"
FULL_MONTHS_RX = "January|February|March|April|May|June|July|August|September|October|November|December"

WEEKDAYS = _words(
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun"
)

# Words capitalised only because they open a sentence or a heading.
STOPWORDS = _words(
    """
    a an the this that these those there here it its it's i i'm i've i'd i'll me my
    mine we we're we've us our ours you you're your yours he he's him his she she's
    her hers they they're them their theirs who whom whose what which when where why
    how whoever whatever and but or nor so yet for if whether then than because although though
    while whereas unless until since as at by in on of off to from into onto upon with
    within without about above below after before between among amid during over under
    through across against along around behind beyond despite toward towards via per
    is are was were be been being am do does did done have has had having can could
    will would shall should may might must ought not no yes all any each every some
    many much more most few fewer less least other others another such same both either
    neither one two three four five six seven eight nine ten first second third last
    next new old just only also even still already again ever never always often
    sometimes perhaps maybe now today tonight yesterday tomorrow meanwhile however
    therefore thus hence instead indeed otherwise besides moreover furthermore overall
    finally lastly ultimately eventually initially recently currently previously
    later earlier soon once twice together almost nearly quite rather very really too
    well like unlike let let's get got make made take took see saw say said says tell
    told ask asked think thought know knew want wanted need needed look looking keep
    kept go going went come came give gave use used try tried find found call called
    show shows showed mean means become became seem seems seemed put set run
    according given including regarding following based amid
    mr mrs ms dr prof sir cllr herr frau mme shri smt lic ing arq sra srta dra mtro mtra
    madam dear hi hello hey thanks thank please welcome sorry
    ok okay oh wow well yeah yep nope goodbye bye farewell congratulations congrats vip vips
    cheers hooray alas amen yes no
    what's here's there's that's who's where's how's when's let's don't doesn't didn't
    isn't aren't wasn't weren't can't couldn't won't wouldn't shouldn't haven't hasn't
    hadn't it’s i’m here’s there’s that’s what’s don’t doesn’t didn’t isn’t can’t
    won’t let’s
    top best worst big small large huge major minor key main early late full half
    free open close high low good bad great long short former ex current future past
    whole entire certain several various own real true false sure
    people person man woman men women someone somebody everyone everybody anyone
    anybody nobody something everything anything nothing
    part parts rest lots lot kind sort type way ways thing things time times year years
    month months week weeks day days hour hours minute minutes moment moments
    breaking exclusive update updated analysis opinion editorial review explainer
    feature interview report reports podcast video watch listen read story stories
    note notes summary conclusion introduction background context takeaways highlights
    source sources credit credits photo photos image images illustration caption
    chapter section page episode issue edition volume
    north south east west northern southern eastern western central
    christmas easter thanksgiving hanukkah ramadan diwali halloween eid passover
    """
)

# Common nouns and adverbs that often open a sentence in news copy.
SENTENCE_OPENERS = _words(
    """
    investors analysts critics employees officials researchers experts observers
    shares sales revenue revenues profit profits earnings markets stocks users
    customers executives regulators lawmakers insiders sources documents reports
    companies firms startups engineers scientists founders leaders members staff
    workers fans viewers readers voters consumers buyers sellers traders economists
    publicly privately internally officially reportedly apparently clearly obviously
    notably importantly interestingly surprisingly unsurprisingly fortunately
    unfortunately specifically basically essentially generally typically usually
    honestly frankly personally separately similarly likewise additionally
    consequently nevertheless nonetheless regardless elsewhere everywhere somewhere
    anyway anyhow afterwards beforehand longtime longstanding lifelong onetime erstwhile fellow
    outside inside beyond beneath behind throughout despite towards toward
    """
)

# Bengali and Malay shortenings of Mohammad and Mosammat that open a name ("Md. Anwar Hossain", "Mohd Rizal"):
# the person's own name, no title, and their period ends no sentence
ABBREVIATED_GIVEN_NAMES = frozenset("md mohd muhd mst".split())

# Generic terms written in capitals that are not names.
GENERIC_TERMS = _words(
    """
    ai a.i agi asi genai llm llms ml nlp rlhf gpu gpus cpu cpus tpu tpus api apis sdk
    ceo ceos cto ctos cfo cfos coo cmo cio cso vp svp evp md gm hr pr it r&d uht
    ipo ipos m&a vc vcs pe b2b b2c saas paas iaas iot ar vr xr mr os ui ux pac
    ci cd qa q&a sso sla slas cli ide vpn cdn dns tls ssl ssh ict iou mmbtu btu teu teus rip lol
    sku skus rfid nfc gps ocr erp crm eq anc dac dsp hdr oled lcd ssd ram
    esg kpi kpis roi faq faqs pdf url urls html css http https www tv pc pcs usb
    wi-fi wifi dna rna mrna covid covid-19 sars q1 q2 q3 q4 fy yoy qoq gdp eps etf
    etfs nft nfts web3 dao daos crypto defi ev evs suv suvs 4k 5g 4g 3g lte
    am pm a.m p.m et pt gmt utc est edt pst pdt cet bst ist cst cdt mst mdt hst akst akdt aest aedt jst kst
    ok tl;dr tldr fyi fomo imo imho lol btw aka diy nda b&b b&bs gentleman gentlemen
    metaverse internet web cloud blockchain bitcoin chatbot chatbots
    ph.d phd mba bs ba ma
    series phase round stage tier level chapter part section figure table clause paragraph
    hbm sram dram ram rom ssd ssds hdd nand fpga fpgas asic asics soc socs tops flops
    tflops petaflops int8 int4 fp16 fp8 fp32 bf16 npu npus dsp risc x86 lidar
    gaap ebitda ebit arr mrr cagr ytd capex opex kyc aml b2b2c vat gst dm dms dmed dm'd er icu nicu ob-gyn
    kb mb gb tb pb kbps mbps gbps mhz ghz kw mw gw kwh mwh gwh mah cve cves tl
    sic euv duv mosfet mosfets igbt igbts cmos mems pcb pcbs ic ics led leds hvac bess
    usd eur gbp jpy cny chf nok sek dkk isk cad aud inr krw brl rp idr
    k-12 pre-k ltpo ltps amoled ips
    rs ofs qip fpo drhp rhp gmp sme nbfc upi mom f&b esop esops ccps agm agms egm egms
    sms mms otp
    readme changelog cla clas pep
    eta asap eod atm atms
    """
)

GENERIC_PHRASES = frozenset(
    {
        "generative ai", "artificial intelligence", "machine learning",
        # a results release's measures: "Adjusted EBITDA of $97.3 million"
        "adjusted ebitda", "adjusted ebit", "adjusted eps", "adjusted earnings", "adjusted net income",
        "adjusted operating income", "adjusted free cash flow",
        "final notice", "decision notice", "warning notice",
        "deep learning", "large language model", "large language models",
        "artificial general intelligence", "open source", "big tech",
        "chief executive", "chief executive officer", "chief technology officer",
        "chief financial officer", "chief operating officer", "vice president",
        "board of directors", "conversational ai", "responsible ai",
        "explainable ai", "frontier ai", "open ai",
        "senior counsel", "queen's counsel", "king's counsel", "general counsel",
        # a bill's stages in a parliament's record: "Second Reading", "Committee Stage"
        "first reading", "second reading", "third reading", "committee stage", "report stage",
        # a company's department and an earnings call's parts: "Vice President, Investor Relations"
        "investor relations", "public relations", "prepared remarks", "questions & answers", "questions and answers",
        # a listed company's officers: "Koonda Managing Director Dana Whitcombe", "Group Company Secretary"
        "managing director", "joint managing director", "executive director", "non-executive director",
        "company secretary", "group company secretary", "representative director", "managing executive officer",
        "executive officer", "senior managing executive officer",
        # a trade site's sections over its brief: "Dive Brief:", "Dive Insight:"
        "dive brief", "dive insight",
        # Malaysia's federal titles before a name: "Tan Sri Ooi Kah Seng", "Datuk Seri Aminah"
        "tan sri", "puan sri", "datuk seri", "dato sri", "toh puan",
        "state government", "state governments",
        "member state", "member states",  # the EU's "the courts of the Member States": its countries, none named
        # a listed company's board committees: "On the Nominating Committee's recommendation"
        "nominating committee", "nomination committee", "nominations committee", "audit committee",
        "remuneration committee", "compensation committee", "risk committee", "audit and risk committee",
        "first nation", "first nations",  # Canada's "the First Nation": the community the story has named, or any
        # a company's constitution: "in line with the Company’s Articles of Association"
        "articles of association", "articles of incorporation", "memorandum of association",
        "memorandum of understanding",
    }
)

# Grape varieties: a wine's grapes are what it is made of, not names in the story.
GRAPE_VARIETIES = frozenset(
    """cabernet merlot sangiovese vermentino chardonnay riesling syrah shiraz grenache tempranillo
    nebbiolo malbec zinfandel viognier barbera primitivo albariño carménère gamay mourvèdre trebbiano
    moscato glera furmint sémillon semillon pinotage grüner""".split()
) | frozenset({
    "cabernet sauvignon", "cabernet franc", "sauvignon blanc", "pinot noir", "pinot grigio", "pinot gris",
    "pinot blanc", "chenin blanc", "grüner veltliner", "petit verdot",
})
GENERIC_TERMS |= frozenset(grape for grape in GRAPE_VARIETIES if " " not in grape)
GENERIC_PHRASES |= frozenset(grape for grape in GRAPE_VARIETIES if " " in grape)

# A transcript's stage directions, set in brackets: "(LAUGHTER)", "[CROSSTALK]", "[Inaudible]".
STAGE_DIRECTIONS = _words(
    "laughter laughs laughing applause crosstalk inaudible unintelligible cheering cheers booing sighs pause silence "
    "music"
)

# Section and navigation words that are never names.
SECTION_WORDS = _words(
    """
    share shares tweet email print copy link subscribe subscribed subscribers
    sign signup login logout register posts post home menu search related comments
    comment continue reading newsletter newsletters advertisement sponsored promoted
    trending popular latest follow save saved bookmark back next previous more
    """
)

# A site's section menu: "Markets Tech Earnings Economy Personal Finance Video" when the
# scraper lost the separators between the links.
NAV_SECTIONS = _words(
    """
    home news weather sports sport markets market tech technology business earnings economy
    politics opinion video videos podcasts podcast jobs messaging notifications world local
    entertainment lifestyle health science culture travel food style arts books finance
    personal money investing crypto contests traffic obituaries classifieds shop shopping deals
    reviews games autos education climate environment magazine events newsletters network
    my me for watch live listen consumer us uk europe asia africa americas sign in subscribe
    latest trending more menu search login account premium about accessibility user agreement
    privacy policy cookie cookies copyright brand terms help careers advertising guidelines trademarks
    companies industries property wealth legal sustainability investigations mining energy retail media
    film films tv television movies music awards log weekly edition epaper e-paper
    """
)

ROLE_WORDS = _words(
    """
    ceo cto cfo coo cmo cio cs president chairman chairwoman chairperson chair founder
    plaintiff plaintiffs defendant defendants petitioner petitioners respondent respondents
    founders co-founder cofounder co-founders director directors executive executives
    officer researcher researchers scientist scientists engineer engineers analyst
    analysts investor investors billionaire billionaires entrepreneur entrepreneurs
    professor senator sen sen. rep rep. representative governor gov mayor minister secretary
    spokesperson spokesman spokeswoman head vp chief boss manager managers partner
    employee employees staffer reporter reporters journalist journalists author
    writer editor host comedian actor actress singer rapper artist lawyer attorney
    judge leader leaders developer designer mogul tycoon trader economist expert
    adviser advisor consultant lobbyist activist critic veteran intern student
    superintendent marshal inspector principal pharmacist nurse midwife paramedic
    candidate premier commissioner ambassador chancellor king queen prince princess pope
    provost rector regent registrar clerk director-general directors-general
    treasurer comptroller controller councilmember councilwoman councilman councillor councilor
    alderman alderwoman assemblyman assemblywoman assemblymember congressman congresswoman member
    supervisor supervisors selectman selectwoman trustee trustees delegate
    charge vice-president vice-chair vice-chairman vice-chairwoman vice-chancellor general colonel captain lieutenant sergeant coach player striker goalkeeper
    admiral adm commodore brigadier col lt capt cmdr maj sgt
    sheikh sheikha shaikh highness hh emir begum
    defender midfielder winger centre-back center-back full-back fullback playmaker
    mp mps mep meps msp msps mla mlas mpp mpps mna mnas cde td tds taoiseach tánaiste tanaiste
    mr mrs ms dr prof sir cllr herr frau mme shri smt lic ing arq sra srta dra mtro mtra madam ibu bapak bu khun nana
    counsel appellant appellants claimant claimants prosecutor prosecutors dpp advocate
    alhaji alhaja hajia hajji haji hajjat mallam engr engr. otunba atty atty. barr barr. datuk dato datin hon hon. rt rt.
    oknha samdech h.e h.e. ntate ’me 'me
    dame lord lady rev father sister brother mother wife
    husband son daughter uncle aunt cousin friend
    """
)

# The jobs a byline or a writer's card may give beside a name ("Staff Writer",
# "Product Marketing Lead"): never part of the name.
WRITER_ROLES = ROLE_WORDS | frozenset(
    "lead correspondent contributor columnist producer photographer advocate strategist evangelist".split()
)

ORG_NOUNS = _words(
    """
    iwi hapū company companies firm firms startup startups start-up lab labs maker makers
    giant giants rival rivals competitor competitors nonprofit non-profit
    organization organisation group agency bank fund retailer provider conglomerate
    subsidiary parent outlet publication newspaper network corporation manufacturer
    chipmaker automaker carmaker insurer lender regulator university institute
    foundation studio studios publisher broadcaster operator airline carrier
    incubator accelerator investor backer club team party union exchange broker
    brokerage marketplace vendor supplier distributor consultancy chain label
    regulator watchdog lab tracker daily weekly tabloid paper cooperative co-op sacco saccos keiretsu chaebol band orchestra
    ministry department authority venture affiliate affiliates subsidiaries division
    salvor salvors charterer shipowner shipowners utility utilities mill mills smelter smelters refinery refineries
    restaurant restaurants bistro brasserie eatery diner café cafe bakery pizzeria tavern
    """
)

PRODUCT_NOUNS = _words(
    """
    model models app apps application platform chatbot bot service software device wallet overdraft
    add-on add-ons assistant assistants stack suite
    devices phone smartphone tool tools feature features product products browser
    engine engines assistant chip chips processor console headset car vehicle game games
    plugin plug-in laptop tablet watch glasses generator api version update
    operating system framework library language sdk extension robot drone
    fork forks database databases forum card cards dashboard dashboards runner editor
    widget widgets camera cameras earbuds headphones router compiler debugger tier tiers
    token tokens coin coins stablecoin memecoin foldable foldables wearable wearables handset handsets
    unit units machine machines sensor sensors
    stroller strollers crib cribs charger chargers heater heaters helmet helmets scooter scooters
    sedan sedans minivan minivans crossover crossovers hatchback hatchbacks coupe coupes suv suvs
    pickup pickups truck trucks bike bikes e-bike e-bikes bicycle bicycles
    cache caches runtime runtimes linter linters package packages cli
    protocol protocols thermostat thermostats doorbell doorbells purifier purifiers speaker speakers
    lock locks display displays
    pump pumps implant implants stent stents catheter catheters inhaler inhalers pacemaker pacemakers ventilator ventilators
    blend blends wine wines cuvée cuvées whisky whiskey gin vodka tequila rum bourbon lager cider liqueur flagship
    bag bags handbag handbags tote totes purse purses sneaker sneakers clutch
    """
)

ORG_SUFFIXES = _words(
    """
    inc inc. corp corp. corporation co co. company ltd ltd. llc llp plc gmbh ag sa jsc cjsc ojsc modaraba asbl sarl sàrl
    fze fzco fzc fz-llc hf hf. ehf ehf. ohf ohf.
    labs lab ai group capital ventures venture partners technologies technology
    tech systems system club football holdings industries media networks network bank foundation
    institute university college association agency fund robotics motors
    pharmaceuticals pharma therapeutics biosciences bio energy software solutions
    analytics dynamics entertainment studios games airlines communications
    enterprises commission department ministry treasury council committee authority board ratings
    bureau office court tribunal party times post journal news magazine press review infrastructure
    research intelligence computing semiconductor semiconductors electronics
    brands financial investments securities insurance reinsurance re health healthcare bancorp bancshares bankshares
    silicon foundry data compute grid cloud interactive logistics payments
    security mobile devices instruments microsystems aerospace automotive chemicals
    mining power solar telecom wireless foods retail consulting services
    league federation fc afc rovers athletic wanderers albion union united electric
    motion works glassworks ironworks steelworks airways shipping freight realty properties growth alliance guild collective workers
    management advisors advisers advisory strategies associates products
    wire ledger courant gazette herald tribune daily weekly chronicle observer shimbun
    echo argus mercury telegraph advertiser sentinel examiner enquirer inquirer clarion
    monitor insider courier dispatch bulletin digest report reporter standard
    administration center centre centers centres hardware service society school hospital museum police library
    army navy forces senate congress parliament assembly government water utilities superannuation pharmacy chemists grocers supermarkets
    limited pte pvt sdn bhd berhad tbk plantations fisheries commodities seafoods poultry dairy dairies meats beverages feeds soc sas kgaa materials minerals resources metals lithium trading charter groep
    steel cement textiles petrochemicals fertilizers fertilisers shipbuilding construction
    apparel garments clothing knitwear footwear holding ferries platinum stores
    strategies advisors advisers associates consultants insights economics global
    international worldwide co-op coop cooperative co-operative savings sacco rail railway railways railroad s.a.b s.a.p.i c.v platforms organization organisation
    line lines salvage towage p&i mutual books joinery joiners bakery bakeries builders sl s.l. slu s.l.u.
    infraestructuras inversiones construcciones pvt pvt. mobility resort s.p.a s.p.a. s.r.l s.r.l. buses
    kapital invest gruppen gruppe asa ab oy oyj spa srl bv nv sarl kk k.k pty exchange castings forgings kft kft. zrt nyrt
    s.a.a s.a.c sal s.a.l sh.a sh.a. sh.p.k sh.p.k.
    reit mfb turbines supply supplies storage se n.v n.v. s.a s.a. b.v b.v. a.ş a.ş. a.s a.s. t.a.ş t.a.ş.
    w.l.l w.l.l. wll q.p.s.c q.p.s.c. qpsc q.s.c q.s.c. p.j.s.c p.j.s.c. pjsc b.s.c b.s.c. k.s.c.p k.s.c.p. saog s.a.o.g s.a.o.g.
    s.r.o s.r.o. spol d.o.o d.o.o. d.d d.d.
    restructuring engineering marketing publishing lending resorts hotels catering learning dagblad zeitung krant
    cellars vineyards winery wineries brewery breweries brewing distillery distillers vintners
    pictures films releasing animation records studio elementary schools academy registry imaging optics photonics motorsport motorsports racing team
    """
) | {"s.à r.l", "s.à r.l.", "sp. z o.o", "spol. s r.o"}  # Luxembourg's, Poland's and Czechia's forms in words

# A paper's word in its own language, which no English name ends in: "Eesti Päevaleht", "JoongAng Ilbo"
FOREIGN_PAPER_WORDS = _words("ilbo shimbun päevaleht dagblad dagbladet sanomat zeitung nyheter tidning gazeta gazzetta")
# Words that name news outlets ("the Gazette", "Harbor Ledger").
OUTLET_WORDS = _words(
    """
    times post journal news gazette herald tribune daily weekly chronicle observer
    monitor insider courier dispatch bulletin digest wire ledger courant review
    magazine press standard telegraph guardian mirror express register sentinel
    clarion examiner enquirer inquirer argus mercury advertiser mail
    """
) | FOREIGN_PAPER_WORDS
# "Foundation" in the languages a body's name keeps it in: "Stichting Pensioenfonds Zuiderlicht", "Fundación Salar Vivo"
FOREIGN_FOUNDATION_WORDS = _words("stichting stiftung fundación fundação fondation fondazione")

# Demonyms and languages: capitalised, but adjectives rather than names.
NATIONALITIES = _words(
    """
    american americans british canadian mexican brazilian argentine chilean european cypriot soviet
    french german germans italian spanish portuguese dutch belgian flemish walloon swiss austrian
    swedish norwegian danish finnish irish scottish welsh english polish czech
    hungarian greek turkish russian russians ukrainian israeli iranian iraqi saudi
    emirati egyptian african nigerian kenyan south-african indian pakistani
    bangladeshi chinese japanese korean taiwanese vietnamese thai indonesian
    malaysian filipino singaporean australian asian latin arab arabic hindi
    mandarin cantonese western eastern northern southern democrat democrats democratic
    republican republicans
    swede swedes dane danes scot scots brit brits spaniard spaniards frenchman englishman
    irishman dutchman welshman scotsman norwegians
    māori maori pākehā pakeha nigerians kenyans africans
    kiswahili swahili tagalog yoruba igbo hausa zulu xhosa afrikaans amharic somali urdu
    kinyarwanda kirundi luganda lingala wolof tigrinya oromo shona sesotho setswana malagasy bahasa
    bengali bangla punjabi tamil telugu marathi gujarati kannada malayalam sinhala sinhalese burmese khmer
    twi fante ewe dagbani bemba nyanja chichewa chewa lozi kaonde luvale tumbuka ndebele tsonga
    swati swazi siswati creole kreol sepedi changana kikongo kimbundu umbundu kalenjin kikuyu gikuyu luhya fulani
    bambara mandinka sidamo maithili bhojpuri newari tharu odia assamese sindhi balochi dhivehi
    quechua aymara guarani nahuatl kichwa mapudungun pashto dari georgian tibetan uyghur tetum maltese basque
    dzongkha sharchop lhotshamkha motu huli enga bislama pijin pisin chamorro palauan marshallese
    baltic
    islamic buddhist hindu sikh jewish shia shiite sunni shariah sharia mennonite mennonites amish
    kriol jèrriais jerriais guernésiais guernesiais llanito yanito garifuna bajan
    qatari kuwaiti bahraini omani jordanian lebanese syrian moroccan algerian tunisian libyan
    ethiopian ghanaian ugandan tanzanian rwandan zambian zimbabwean nepali afghan kazakh uzbek
    romanian bulgarian serbian croatian slovak slovenian estonian latvian lithuanian icelandic
    colombian peruvian venezuelan ecuadorian bolivian uruguayan paraguayan
    hebrew yiddish farsi persian punjabi bengali tamil telugu marathi gujarati malay javanese
    fijian samoan tongan papuan bhutanese maldivian mauritian malagasy mozambican botswanan motswana namibian
    angolan congolese gabonese cameroonian senegalese ivorian malian nigerien burkinabe guinean liberian togolese
    beninese chadian sudanese eritrean djiboutian burundian malawian basotho yemeni kyrgyz tajik turkmen
    mongolian nepalese burmese laotian cambodian khmer bruneian timorese bosnian montenegrin macedonian albanian
    kosovar moldovan belarusian armenian azerbaijani azeri faroese greenlandic luxembourgish monegasque andorran
    jamaican trinidadian barbadian bahamian haitian cuban guatemalan honduran salvadoran nicaraguan panamanian
    argentinian guyanese surinamese belizean cornish catalan galician bavarian corsican sicilian sardinian
    kurdish berber sindhi pashtun baloch kashmiri kikuyu maasai
    nordic iberian balkan scandinavian andean
    victorian queenslander queenslanders tasmanian tasmanians texan texans californian californians quebecer quebecers
    paulista paulistas paulistano paulistanos carioca cariocas mineiro mineiros gaúcho gaúchos
    """
) | frozenset({
    "south african", "south africans", "new zealander", "new zealanders", "sri lankan", "puerto rican", "costa rican",
})

# Lower-case words that may sit inside a multi-word name.
# The particles that open Irish surnames: "Ó Murchú", "Nic Ghearailt", "Ní Dhúill", "Mac Cárthaigh"
GAELIC_PARTICLES = frozenset("Ó Ní Nic Mac Mc Uí Ua".split())
NAME_PARTICLES = frozenset(
    {"de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "la", "le",
     "dela", "delos", "los", "las",  # "Jose Antonio dela Cruz", "Enrique de los Santos": Filipino surnames
     "bin", "bint", "ibn", "al", "el", "y", "do", "dos", "das", "ter", "ten", "st", "wa",
     # "Poggio ai Merli", "Castello dei Rampolla", "Château des Ormes": Italian and French place names
     "ai", "dei", "degli", "delle", "dello", "alla", "sul", "sulla", "des", "aux",
     "zu", "zum", "zur", "vom",  # "Friedemann zu Lindenau-Kerst"
     "em", "e",  # "Floresta em Pé", "Banco Nacional de Desenvolvimento Econômico e Social": Portuguese
     "binte", "binti", "bte", "s/o", "d/o", "a/l", "a/p"}  # "Siti Rohana binte Osman", "Suresh Kumar s/o Pandian"
)
# The particles that open a father's name after a person's own: "Mohamed Faizal bin Abdul Rahman"
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "binte", "binti", "bte", "s/o", "d/o", "a/l", "a/p"})

# Heads after which "of" stays inside a name ("Bank of ...", "University of ...").
OF_HEADS = _words(
    """
    bank university department ministry institute museum college school board
    bureau office council church city state republic kingdom house secretary comptroller guild
    commission federation union league association society academy court journal district
    agency authority administration register registry chamber institution committee
    port borough province code exchange statements regulator brotherhood fraternity sisterhood order secretariat
    articles memorandum superintendency superintendence directorate inspectorate
    """
)
# "the Firth of Clyde", "the Gulf of Aden", "the Isle of Skye": a place named "X of Y"
PLACE_OF_HEADS = _words("firth gulf isle bay strait straits sea sound vale forest cape")
OF_HEADS |= PLACE_OF_HEADS

SPEECH_VERBS = _words(
    """
    said says say saying told tells tell telling stated states remarked remarks wrote
    writes write writing tweeted tweets tweet posted posts added adds argued argues
    noted notes explained explains asked asks replied replies responded responds
    continued continues insisted insists claimed claims warned warns admitted admits
    acknowledged acknowledges announced announces declared declares recalled recalls
    joked jokes quipped quips emphasized emphasizes emphasised emphasises stressed
    stresses commented comments observed observes suggested suggests conceded concedes
    confirmed confirms countered counters predicted predicts promised promises vowed
    vows shouted exclaimed answered answers testified testifies concluded concludes
    mused muses boasted boasts complained complains cautioned cautions pointed
    messaged texted emailed e-mailed blogged captioned read reads
    """
)

PRONOUNS = frozenset({"he", "she"})

# Common given names, split by the pronoun they usually take; used to type a
# "First Last" pair as a person and to match "he"/"she" to the right person.
MALE_NAMES = _words(
    """
    aaron adam adrian ahmed aidan alan albert alex alexander ali amir andre andrew
    andy anthony antonio arjun arthur ben benjamin bill bob brad brandon brian bruce
    carl carlos charles charlie chen chris christopher colin connor craig dan daniel
    david dennis derek dmitri donald doug douglas dylan ed edward eric erik ethan
    evan felix fernando frank fred gabriel gary george greg gregory harry henry hugo
    ian igor isaac ivan jack jacob james jason javier jeff jeffrey jeremy jim joe
    joel john jonathan jorge jose joseph josh joshua juan julian justin kevin kyle
    leo leon lucas luis luke marco mark martin matt matthew max michael miguel mike
    mohammed muhammad nathan neil nicholas nick noah omar oliver oscar pablo patrick
    paul pedro peter philip rahul raj rajesh ravi richard rick rob robert roger ryan ram hari krishna shyam gopal
    mohan dinesh ganesh bishnu bikash narayan
    sam samuel satya scott sean sergei sergey simon stephen steve steven thomas tim
    timothy tom tomas tony tyler victor vincent vivek walter william xavier yusuf
    zachary jonah elias conor hollis raymond marcus femi dev keon tobias ansel
    bartholomew bart wen noah liam lucas mateo elijah caleb owen finn jasper
    arnav aditya rohan kenji hiroshi takeshi jin wei lei yusuf hamza karim
    paolo matteo stefan giuseppe luca francesco alessandro giovanni lorenzo riccardo
    stefano massimo enrico federico fabio roberto sergio rafael ricardo eduardo rodrigo
    alejandro manuel alonso hans jurgen klaus wolfgang lars sven nils per pierre jacques francois
    antoine nicolas laurent olivier declan seamus cian ciaran viktor alexei aleksei andrei mikhail yuri
    boris oleg pavel kwame kofi chidi emeka tunde
    ikechukwu ikenna obinna chukwuemeka chinedu nnamdi babatunde olumide segun kunle musa usman abdullahi
    franco renato pietro tommaso davide bruno dario guido ettore anders henrik magnus johan bjorn
    piotr tomasz jakub marek andrzej krzysztof desmond gennady vladimir nikolai
    sunil vikram anil amit sanjay rajiv suresh ramesh mahesh rakesh manoj vijay ajay ashok deepak prakash
    naveen karthik sandeep arun anand venkatesh srinivas harish nitin sachin gaurav rohit ankit varun siddharth
    kunal nikhil gordon keith howard harold lawrence roy russell terry barry gerald glenn jerry larry ronald
    kenneth norman stanley hugh bryce
    """
)
FEMALE_NAMES = _words(
    """
    alexandra alice alicia allison amanda amber amy ana andrea angela anna anne
    ashley audrey barbara beth carla carol caroline catherine charlotte christina
    christine claire dana diana diane elena elizabeth ellen emily emma eva fatima
    grace hannah helen isabel jane janet jennifer jenny jessica joan julia julie
    karen kate katherine kathryn kim laura lauren linda lisa liz lucy maria mariana
    marie mary megan melissa michelle mira nancy natalie nicole olga olivia pamela
    priya rachel rebecca sandra sara sarah samantha sharon sofia sophia sophie
    stephanie sue susan tanya valerie vanessa victoria yuki zoe amara renata
    lucia ilse leticia noor priscilla teodora simone hana annelies pilar ines
    ruth isabella mia ava chloe layla aisha amina ngozi chiara giulia freya
    ingrid astrid anika ananya aarti meera sakura mei ling
    francesca alessandra valentina federica giovanna paola elisa silvia camila gabriela daniela
    lucia marisol carmen rosa beatriz ines sabine petra ulrike heike birgit sigrid camille margaux
    amelie aoife siobhan niamh tatiana natalia svetlana irina yelena anastasia oksana
    adaeze chiamaka chioma nneka amaka ifeoma chinwe nkechi folake yetunde funmilayo bukola titilayo hauwa zainab
    marina alessia martina giorgia agnieszka katarzyna ewa malgorzata ingeborg solveig
    evelyn abigail eleanor margaret dorothy nora maya leah naomi miriam esther judith deborah irene joyce
    heather jacqueline kimberly monica paula tracy wendy yvonne neha pooja anjali kavya divya shreya sunita
    lakshmi deepa swati nisha ritu rekha sita gita sabita sunita laxmi
    """
)
FIRST_NAMES = MALE_NAMES | FEMALE_NAMES | _words("alex jordan jamie kim sam taylor morgan casey")

# Widely known short forms of first names; merged only with a full name in the text.
NICKNAMES = {
    "bill": ("william",), "will": ("william",), "liz": ("elizabeth",),
    "beth": ("elizabeth",), "bob": ("robert",), "rob": ("robert",),
    "bobby": ("robert",), "mike": ("michael",), "mick": ("michael",),
    "jim": ("james",), "jimmy": ("james",), "jamie": ("james",),
    "dick": ("richard",), "rick": ("richard",), "rich": ("richard",),
    "tom": ("thomas",), "tony": ("anthony",), "chris": ("christopher", "christine"),
    "matt": ("matthew",), "dan": ("daniel",), "danny": ("daniel",),
    "dave": ("david",), "steve": ("steven", "stephen"), "ben": ("benjamin",),
    "sam": ("samuel", "samantha"), "alex": ("alexander", "alexandra"),
    "nick": ("nicholas",), "joe": ("joseph",), "jeff": ("jeffrey",),
    "greg": ("gregory",), "pete": ("peter",), "kate": ("katherine", "catherine"),
    "katie": ("katherine", "catherine"), "jen": ("jennifer",),
    "jenny": ("jennifer",), "andy": ("andrew",), "drew": ("andrew",),
    "ed": ("edward",), "ted": ("edward", "theodore"), "larry": ("lawrence",),
    "sue": ("susan",), "tim": ("timothy",), "zach": ("zachary",),
    "josh": ("joshua",), "charlie": ("charles",), "chuck": ("charles",),
    "frank": ("francis",), "hank": ("henry",),
    "harry": ("henry",), "jack": ("john",), "johnny": ("john",),
    "peggy": ("margaret",), "maggie": ("margaret",), "meg": ("margaret",),
    "sasha": ("alexander", "alexandra"), "max": ("maximilian", "maxwell", "maximillian"),
    "bart": ("bartholomew",), "nate": ("nathan", "nathaniel"), "gabe": ("gabriel",),
    "zeke": ("ezekiel",), "ally": ("alison", "allison", "alexandra"), "abby": ("abigail",),
    "becky": ("rebecca",), "kathy": ("katherine", "kathryn"), "tess": ("theresa", "teresa"),
    "jo": ("joanna", "josephine", "joanne"), "fred": ("frederick", "alfred"),
    "dee": ("deirdre", "denise", "diana", "delia"), "sandy": ("sandra", "alexander"), "vicky": ("victoria",), "lexi": ("alexis", "alexandra"),
    "doug": ("douglas",), "ron": ("ronald",), "don": ("donald",), "ken": ("kenneth",), "phil": ("philip", "phillip"),
    "ray": ("raymond",), "walt": ("walter",), "gus": ("augustus", "gustav"), "pat": ("patrick", "patricia"),
    "vince": ("vincent",), "mandy": ("amanda",), "pam": ("pamela",), "deb": ("deborah",), "debbie": ("deborah",),
    "cathy": ("catherine",), "terry": ("terence", "theresa"), "jerry": ("gerald", "jerome"), "stu": ("stuart",),
    "des": ("desmond",), "dez": ("desmond",), "geoff": ("geoffrey",), "ollie": ("oliver",), "toby": ("tobias",),
    "freddie": ("frederick",), "bert": ("albert", "herbert"), "gerry": ("gerald", "gerard"), "fran": ("frances", "francesca"),
    # South Asian short forms
    "raj": ("rajesh", "rajendra", "rajkumar", "rajiv"), "ravi": ("ravindra", "ravishankar"), "suri": ("suresh",),
    "venky": ("venkatesh", "venkataraman"), "subbu": ("subramanian", "subramaniam"), "bala": ("balakrishnan", "balasubramanian"),
}

# One given name as Ukrainian, Russian and English spell it: "Oleksandr" and "Alexander", "Mykola" and "Nikolai"
# (what transliteration alone cannot join; each set goes to its first spelling)
_EAST_SLAVIC_GIVEN_NAME_SETS = (
    "aleksandr oleksandr olexandr oleksander alexander alexandr aleksander",
    "sergei serhii serhiy sergiy sergii sergey serghei",
    "aleksei oleksii oleksiy alexei alexey aleksey",
    "dmitri dmytro dmitry dmitriy",
    "nikolai mykola nikolay",
    "andrei andrii andriy andrey",
    "yuri yurii yuriy yury",
    "mikhail mykhailo mykhaylo",
    "pyotr petro petr",
    "pavel pavlo",
    "vladimir volodymyr",
    "grigori hryhorii hryhoriy grigory",
    "yevgeni yevhen yevgeny evgeny evgeni yevgeniy",
    "anatoli anatolii anatoliy anatoly",
    "vitali vitalii vitaliy vitaly",
    "valeri valerii valeriy valery",
    "olga olha",
    "yelena olena elena",
    "natalia nataliia natalya",
    "tatiana tetiana tatyana",
    "irina iryna",
    "yulia yuliia yuliya",
)
EAST_SLAVIC_GIVEN_NAMES = {name: names.split()[0] for names in _EAST_SLAVIC_GIVEN_NAME_SETS for name in names.split()}

# Articles that open a name in other languages: "El Observador Financiero", "la Capitana", "Der Spiegel"
FOREIGN_ARTICLES = ("el", "la", "los", "las", "le", "les", "il", "lo", "der", "die", "das")

# Well-known renamings (former -> current); used only when both appear in a text.
FORMER_NAMES = {
    "facebook": "meta", "square": "block", "weight watchers": "ww",
    "dunkin' donuts": "dunkin'", "andersen consulting": "accenture",
    "datsun": "nissan", "research in motion": "blackberry",
}

# Short forms everyone reads as the full name; merged only when both appear in a text.
SHORT_FORMS = {
    "u.s.": "united states", "usa": "united states", "america": "united states",
    "u.k.": "united kingdom", "uae": "united arab emirates",
    "uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "u.n.": "united nations", "un": "united nations", "ap": "associated press", "afp": "agence france-presse",
    "eu": "european union", "e.u.": "european union", "fed": "federal reserve",
    "hkex": "hong kong exchanges and clearing",
    # newspapers and sites by their initials, and bodies by their bynames
    "ft": "financial times", "wsj": "wall street journal", "nyt": "new york times", "bi": "business insider",
    "m&g": "mail & guardian", "scmp": "south china morning post", "afr": "australian financial review",
    "ph": "product hunt", "hn": "hacker news", "tadawul": "saudi exchange", "holyrood": "scottish parliament",
}

# A place called by its rank, a byname or its own spelling ("140 of its 610 jobs in the Grand Duchy",
# "Addis Abeba"): the same place as its name, which stays the name shown; merged only when both appear in a text.
PLACE_BYNAMES = {
    "grand duchy": "luxembourg", "emerald isle": "ireland", "lion city": "singapore", "addis abeba": "addis ababa",
    # a city in its own language beside its English name: "Göteborg" is Gothenburg
    "göteborg": "gothenburg", "münchen": "munich", "köln": "cologne", "wien": "vienna", "praha": "prague",
    "warszawa": "warsaw", "lisboa": "lisbon", "milano": "milan", "napoli": "naples", "torino": "turin",
    "firenze": "florence", "venezia": "venice", "københavn": "copenhagen", "bruxelles": "brussels",
    "den haag": "the hague", "genève": "geneva", "zürich": "zurich", "moskva": "moscow",
}

COUNTRIES = frozenset(
    """
    afghanistan albania algeria argentina armenia australia austria azerbaijan
    bahrain bangladesh belarus belgium bolivia bosnia brazil bulgaria cambodia
    cameroon canada chile china colombia croatia cuba cyprus czechia denmark
    ecuador egypt estonia ethiopia finland france georgia germany ghana greece
    guatemala haiti honduras hungary iceland india indonesia iran iraq ireland
    israel italy jamaica japan jordan kazakhstan kenya kosovo kuwait laos latvia
    lebanon libya lithuania luxembourg madagascar malaysia mali malta mexico
    moldova monaco mongolia montenegro morocco mozambique myanmar nepal
    netherlands nicaragua niger nigeria norway oman pakistan palestine panama
    paraguay peru philippines poland portugal qatar romania russia rwanda
    senegal serbia singapore slovakia slovenia somalia spain sudan sweden
    switzerland syria taiwan tanzania thailand tunisia turkey türkiye turkiye uganda ukraine
    uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe
    andorra angola bahamas barbados belize benin bermuda bhutan botswana brunei burundi
    comoros djibouti eritrea eswatini fiji gabon gambia greenland grenada guyana
    kyrgyzstan lesotho liberia liechtenstein malawi maldives mauritania mauritius
    micronesia namibia nauru palau samoa seychelles suriname tajikistan togo tonga
    turkmenistan tuvalu vanuatu
    """.split()
) | frozenset(
    {
        "united states", "united kingdom", "united arab emirates", "south korea",
        "russian federation", "republic of korea", "people's republic of china", "people’s republic of china",
        "north korea", "south africa", "new zealand", "saudi arabia", "hong kong",
        "czech republic", "sri lanka", "costa rica", "dominican republic",
        "el salvador", "ivory coast", "us", "u.s", "u.s.", "usa", "u.s.a", "uk",
        "u.k", "u.k.", "uae", "america", "britain", "great britain",
        "england", "scotland", "wales", "the bahamas", "sierra leone", "burkina faso", "cape verde",
        "north macedonia", "san marino", "papua new guinea", "cayman islands", "puerto rico",
        "east timor", "timor-leste", "south sudan", "equatorial guinea", "trinidad and tobago",
        "central african republic", "marshall islands", "solomon islands", "british virgin islands",
        "viet nam", "việt nam",  # (as Viet Nam's own press writes it)
    }
)

REGIONS = frozenset(
    {
        "europe", "asia", "africa", "antarctica", "oceania", "north america",
        # mountain ranges, named in the plural like a people
        "alps", "andes", "himalayas", "dolomites", "pyrenees", "rockies", "appalachians", "carpathians",
        "caucasus", "urals", "balkans",
        "south america", "latin america", "middle east", "southeast asia",
        "east asia", "silicon valley", "bay area", "scandinavia", "balkans",
        "caribbean", "pacific", "atlantic", "arctic", "gulf", "midwest", "new england", "pacific northwest",
        "luzon", "visayas", "mindanao",  # the Philippines' island groups: "the Visayas grid"
        "peninsular malaysia", "east malaysia", "borneo", "federal capital territory",  # Malaysia's two halves, as its own news names them
        # seas and the regions named for them: "to the Aegean", "the Baltic states"
        "aegean", "baltic", "mediterranean", "adriatic", "black sea", "north sea", "red sea", "sahel", "levant",
        "sahara", "patagonia",
        "asia pacific", "asia-pacific", "americas", "emea", "apac",  # a wire's desks: "Asia Pacific" over its stories
    }
)

US_STATES = frozenset(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware
    florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine
    maryland massachusetts michigan minnesota mississippi missouri montana
    nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
    vermont virginia washington wisconsin wyoming
    """.split()
) | frozenset(
    {"new hampshire", "new jersey", "new mexico", "new york", "north carolina",
     "north dakota", "rhode island", "south carolina", "south dakota",
     "west virginia"}
)

CITIES = frozenset(
    """
    london paris berlin madrid rome milan amsterdam brussels vienna zurich geneva
    stockholm oslo copenhagen helsinki dublin lisbon warsaw prague budapest athens
    istanbul moscow kyiv kiev tokyo osaka seoul beijing shanghai shenzhen guangzhou
    taipei singapore bangkok jakarta manila mumbai delhi bangalore bengaluru
    hyderabad chennai karachi lahore dubai doha riyadh tehran cairo lagos nairobi
    johannesburg toronto montreal vancouver chicago boston seattle austin denver
    atlanta miami dallas houston phoenix detroit philadelphia sydney melbourne
    auckland brisbane perth adelaide wellington dresden munich hamburg cologne
    frankfurt stuttgart dusseldorf leipzig bremen rotterdam eindhoven utrecht
    antwerp ghent lyon marseille toulouse bordeaux lille porto valencia
    barcelona seville bilbao malaga turin naples florence venice bologna manchester
    birmingham liverpool leeds glasgow edinburgh bristol cardiff belfast cambridge
    oxford gothenburg malmo bergen aarhus tallinn riga vilnius krakow gdansk wroclaw
    bucharest sofia belgrade zagreb ljubljana bratislava kharkiv odesa minsk tbilisi
    yerevan baku almaty tashkent monterrey guadalajara tijuana bogota medellin lima
    santiago quito caracas montevideo havana toronto ottawa calgary edmonton
    winnipeg quebec columbus cleveland cincinnati pittsburgh baltimore nashville
    memphis charlotte raleigh orlando tampa jacksonville minneapolis milwaukee
    kansas portland sacramento oakland fresno albuquerque tucson omaha indianapolis
    louisville honolulu anchorage boise brooklyn queens manhattan hollywood lagos
    abuja accra dakar casablanca tunis algiers kampala kigali kinshasa luanda harare
    lusaka durban pretoria karachi islamabad dhaka kathmandu colombo yangon hanoi
    saigon kyoto yokohama nagoya fukuoka sapporo busan incheon chengdu wuhan
    hangzhou nanjing tianjin xian chongqing macau ahmedabad pune kolkata jaipur
    muscat manama kuwait amman beirut damascus baghdad jerusalem haifa ankara izmir
    faisalabad rawalpindi multan peshawar quetta sialkot gujranwala cork galway limerick
    breda tilburg groningen maastricht nijmegen arnhem haarlem venlo
    lausanne lugano basel bern lucerne zug winterthur makati pasig cebu davao chattogram gazipur
    arusha mwanza dodoma zanzibar
    """.split()
) | frozenset(
    {
        "new york city", "san francisco", "los angeles", "san jose", "san diego",
        "las vegas", "washington d.c", "washington, d.c.", "tel aviv", "mexico city",
        "sao paulo", "são paulo", "rio de janeiro", "buenos aires", "hong kong",
        "new delhi", "kuala lumpur", "cape town", "palo alto", "menlo park",
        "mountain view", "cupertino", "redmond", "salt lake city", "kansas city",
        "st. louis", "st louis", "new orleans", "ho chi minh city", "addis ababa", "dar es salaam",
        "abu dhabi", "phnom penh",
    }
)

# Abbreviated US states as they appear in datelines ("SAN JOSE, Calif.").
STATE_ABBREVIATIONS = frozenset(
    "calif fla mich minn tenn conn colo ariz penn n.y d.c n.c s.c n.j n.h n.m n.d s.d r.i "
    "w.va okla".split()
)
# "WILMINGTON, Del.", "LOUISVILLE, Ky.": AP abbreviations that are everyday words or names
# without their period, so they name a state only as "<City>, Xxx."
DOTTED_STATE_ABBREVIATIONS = frozenset(
    "ala ark del ga ill ind kan ky la md mass miss mo mont neb nev ore pa tex vt va wash wis wyo "
    "ont que alta sask man nfld".split()
)

# Australian states and territories, and the short forms a story uses for them ("WA Premier").
AUSTRALIAN_STATES = frozenset(
    {"western australia", "new south wales", "queensland", "tasmania", "south australia",
     "northern territory", "wa", "nsw", "qld"}
)
# Canadian provinces and territories, and their short forms ("KINGSTON, Ont." is in DOTTED_STATE_ABBREVIATIONS).
CANADIAN_PROVINCES = frozenset(
    {"ontario", "quebec", "alberta", "manitoba", "saskatchewan", "nova scotia", "new brunswick",
     "british columbia", "newfoundland", "newfoundland and labrador", "prince edward island", "yukon",
     "nunavut", "northwest territories", "b.c", "p.e.i"}
)
# Regions of European countries that stories name in English, German states among them.
EUROPEAN_REGIONS = frozenset(
    {"bavaria", "baden-württemberg", "north rhine-westphalia", "lower saxony", "saxony", "hesse",
     "rhineland-palatinate", "thuringia", "brandenburg", "saxony-anhalt", "schleswig-holstein", "saarland",
     "ruhr", "tuscany", "lombardy", "piedmont", "sicily", "sardinia", "veneto", "umbria", "campania", "puglia",
     "catalonia", "andalusia", "galicia", "basque country", "provence", "normandy", "brittany", "burgundy",
     "alsace", "flanders", "wallonia", "silesia", "transylvania", "lapland", "jutland"}
)
# States and provinces of large countries that news names without their country.
STATES_ABROAD = frozenset(
    {"mato grosso", "mato grosso do sul", "pará", "amazonas", "minas gerais", "rio grande do sul", "bahia",
     "goiás", "paraná", "santa catarina", "maharashtra", "karnataka", "tamil nadu", "gujarat", "kerala",
     "uttar pradesh", "west bengal", "telangana", "andhra pradesh", "rajasthan", "guangdong", "sichuan",
     "zhejiang", "jiangsu", "hubei", "shandong", "fujian", "yunnan", "xinjiang", "inner mongolia", "java",
     "sumatra", "sulawesi", "borneo", "kalimantan", "jalisco", "nuevo león", "chihuahua", "sonora", "oaxaca",
     # South Africa's provinces, Nigeria's larger states, New Zealand's regions
     "gauteng", "mpumalanga", "limpopo", "kwazulu-natal", "eastern cape", "western cape", "northern cape",
     "free state", "kano", "kaduna", "ogun", "oyo", "anambra", "enugu", "borno", "katsina", "sokoto", "ekiti",
     "osun", "kwara", "northland", "waikato", "taranaki", "southland", "otago", "bay of plenty", "manawatū",
     # Pakistan's provinces
     "punjab", "sindh", "balochistan", "khyber pakhtunkhwa", "gilgit-baltistan",
     # Malaysia's states
     "johor", "selangor", "penang", "sabah", "sarawak", "perak", "kedah", "kelantan", "pahang", "terengganu",
     "negeri sembilan", "melaka", "perlis"}
)
PLACES = (
    COUNTRIES | REGIONS | US_STATES | CITIES | STATE_ABBREVIATIONS | AUSTRALIAN_STATES | CANADIAN_PROVINCES
    | EUROPEAN_REGIONS | STATES_ABROAD
)

# Labels of end-of-article link lists and promos (matched case-insensitively).
TEASER_LABELS = (
    "continue reading", "related", "related articles", "related stories",
    "related posts", "related coverage", "related content", "read more", "explore more on these topics",
    "read next", "read also", "also read", "more from", "more on", "more stories", "read more stories",
    "more news", "more in", "recommended", "recommended stories", "recommended for you", "you may also like",
    "you might also like", "most popular", "most read", "trending", "trending now", "trending stories",
    "popular stories", "most watched", "also from this source", "more from this source", "others also viewed",
    "promoted", "more from this author", "explore more", "promoted content", "related stories", "top story",
    "top stories", "top news", "latest", "latest news", "latest stories",
    "around the industry", "around the web", "further reading",
    "what we're reading", "what we’re reading", "what else we're reading",
    "what i'm reading", "what i’m reading", "what i've been reading", "what i’ve been reading", "worth reading", "also worth reading",
    "from around the web", "editor's picks", "editors' picks", "sponsored",
    "sponsored content", "partner content", "advertisement",
    "in case you missed it", "don't miss", "go deeper", "popular now", "must read", "must reads", "more from our brands",
    "up next", "now playing", "watch next", "related video", "related videos", "see also", "keep reading", "full coverage", "shop the story", "shop the look", "earnings calendar",
    "shop this story", "shop the collection", "shop the range", "shop the edit", "reader poll", "quick poll", "poll",
    # A health page's citations at the foot: "Sources", then "Halden Therapeutics. ... 2024."
    "sources", "references", "sources and references", "citations", "bibliography",
    "what to read next", "top headlines", "icymi", "featured stories", "sponsored stories", "from our partners",
    "promoted stories", "top picks", "popular posts", "recent posts", "latest posts", "latest videos", "top videos",
    "editor's choice", "editor’s choice", "editor's picks", "editor’s picks", "staff picks", "similar stories",
    "related reading", "recommended reading", "you might be interested in", "you may be interested in",
    "what's hot", "what’s hot", "hot topics", "trending topics",
    # a story's links to the one before and after it: "Previous Article", then its headline
    "previous article", "next article", "previous story", "next story", "previous post", "next post",
)

# Organisations and products so widely known that a story names them without
# saying what they are ("Google and Microsoft have both ..."). A prior only:
# what the text says about a name outweighs it.
WELL_KNOWN_ORGS = _words(
    """
    google alphabet microsoft apple amazon meta facebook netflix nvidia intel amd arm qualcomm
    broadcom ibm oracle salesforce adobe cisco dell hp tesla spacex openai anthropic deepmind
    xai mistral cohere huggingface baidu alibaba tencent bytedance huawei xiaomi samsung sony
    lg panasonic toshiba nintendo uber lyft airbnb doordash spotify shopify stripe paypal visa
    mastercard coinbase binance robinhood palantir snowflake databricks tsmc asml foxconn
    twitter reddit pinterest snap linkedin yahoo mozilla wikipedia github gitlab atlassian
    zoom slack dropbox aws intuit ebay craigslist etsy walmart costco starbucks ikea boeing airbus ford gm toyota honda
    volkswagen bmw mercedes-benz stellantis rivian lucid byd jpmorgan goldman citigroup
    blackrock vanguard fidelity berkshire softbank sequoia a16z pitchbook crunchbase
    santander hsbc barclays ubs citi nomura lazard jefferies nasdaq nyse lseg factset
    fda ftc sec fcc doj fbi cia nasa nsa irs epa nato imf opec congress parliament senate bundestag
    equifax experian transunion moody's fitch deloitte pwc kpmg ey mckinsey ofcom ofgem ofwat cma fca
    porsche ferrari lamborghini hyundai kia nissan audi volvo polestar jaguar mazda subaru lexus
    chevrolet cadillac jeep fiat renault peugeot skoda nio xpeng gojek grab
    safaricom mtn airtel vodacom instacart yelp acas mercosur tadawul sgx sgx-st hkex
    revolut adyen klarna monzo n26 nubank plaid h&m zara primark
    """
)
# Household names beyond tech: drugmakers, consumer goods, energy and mining, luxury, Indian conglomerates
WELL_KNOWN_ORGS |= _words(
    """pfizer moderna astrazeneca gsk sanofi novartis roche merck bayer abbvie biontech unilever nestle nestlé
    shell bp exxonmobil siemens maersk lvmh kering inditex tata infosys wipro aramco petrobras glencore bhp"""
) | frozenset({"novo nordisk", "rio tinto", "anglo american", "johnson & johnson", "bristol myers squibb"}) | frozenset(
    # Asia's battery and chip makers, whose letters read like a model's ("Samsung SDI", "SK On")
    {"samsung sdi", "samsung electronics", "lg energy solution", "lg chem", "sk on", "sk hynix", "catl", "posco"}
)
# A company's legal form as the last word of its name ("Kobo Digital Finance Limited", "Larchfield Growers Inc."),
# written without its final dot
LEGAL_FORMS = _words("limited ltd plc inc corp corporation llc ag sa s.a se nv n.v asa ab oyj gmbh spa bhd berhad pte kft zrt nyrt")

# (a stock exchange whose name opens with a shouted number word)
WELL_KNOWN_ORGS |= frozenset({"six swiss exchange", "bursa malaysia", "guardia di finanza"})
# (Türkiye's exchange filings service, named like a product: "a statement to the Public Disclosure Platform (KAP)")
WELL_KNOWN_ORGS |= frozenset({"public disclosure platform", "borsa istanbul"})
# hosting companies, named like the servers they rent out: "We run on Hetzner dedicated servers"
WELL_KNOWN_ORGS |= _words("hetzner ovhcloud ovh digitalocean linode akamai fastly cloudflare vercel netlify heroku")
WELL_KNOWN_PRODUCTS = _words(
    """
    chatgpt gpt-4 gpt-4o gpt-3 gpt-3.5 gpt-5 dall-e sora claude gemini bard copilot llama grok
    midjourney whatsapp instagram messenger youtube tiktok gmail android ios iphone
    ipad macos windows excel powerpoint xbox playstation kindle alexa siri bing chrome safari firefox
    photoshop azure autopilot starlink cybertruck oculus linux python javascript
    kubernetes docker postgresql postgres mysql sqlite mongodb redis rust java typescript kotlin
    threads bluesky mastodon snapchat telegram discord twitch substack
    post-it sellotape velcro jacuzzi lego
    parquet prometheus grafana kafka hadoop terraform ansible nginx elasticsearch clickhouse duckdb pytorch
    tensorflow numpy django graphql openssl webassembly
    """
)

# App stores and services named after their makers: "Google Play" is a product, not Google's first name.
WELL_KNOWN_PRODUCTS |= phrases(
    """google play|google play store|play store|app store|apple app store|google maps|google pay|apple pay|
    apple music|apple watch|apple tv|google docs|google sheets|google drive|amazon prime|prime video|microsoft teams|
    google home|google nest|google assistant|google meet|webex|skype|amazon alexa|amazon echo|apple homekit|microsoft office|
    apple tv+|disney+|paramount+|espn+|hulu|peacock"""
)

# The same prior for names of more than one word.
WELL_KNOWN_ORGS |= phrases(
    """hugging face|goldman sachs|morgan stanley|jpmorgan chase|bank of america|wells fargo|deutsche bank|
    credit suisse|bnp paribas|société générale|general motors|general electric|federal reserve|
    european central bank|bank of england|bank of japan|companies house|andreessen horowitz|sequoia capital|kleiner perkins|
    lightspeed venture partners|accel|index ventures|general catalyst|tiger global|founders fund|y combinator"""
)
# Public institutions: the European Union is a body that makes rules, not a place; France's public bank.
# Stock exchanges, named after the city they trade in: "Euronext Paris" is the market, not Paris.
WELL_KNOWN_ORGS |= phrases("euronext|euronext paris|euronext amsterdam|euronext brussels|euronext dublin|hkex|sgx|jse|psx")
WELL_KNOWN_ORGS |= phrases("treasury|national treasury|hm treasury|exchequer")  # a finance ministry
WELL_KNOWN_ORGS |= phrases("eu|european union|european commission|bpifrance|commons|house of commons|house of lords")
# Armed services: "two years in the Army" served in a body, not in a place.
WELL_KNOWN_ORGS |= phrases("army|navy|air force|marine corps|marines|coast guard|national guard|royal navy|royal air force")
# Racing series, which a team enters: "the Valdren Formula 1 team". A series is a sport, not a company.
RACING_SERIES = phrases("formula 1|formula one|formula 2|formula e|motogp|indycar|nascar")
WELL_KNOWN_ORGS |= RACING_SERIES
# Proxy advisers, named at every shareholder meeting: "Glass Lewis" is a firm, not a person.
WELL_KNOWN_ORGS |= phrases("glass lewis|institutional shareholder services|iss")
# News outlets: their published words are a document's, not anyone's speech.
NEWS_OUTLETS = _words(
    """
    reuters bloomberg axios semafor politico cnbc cnn bbc nbc abc cbs fox npr techcrunch
    wired engadget gizmodo forbes fortune nyt wsj ft economist guardian verge
    nikkei kyodo yomiuri asahi mainichi xinhua yonhap caixin scmp handelsblatt
    mint pti ians afr
    """
) | phrases(
    """new scientist|new yorker|financial times|wall street journal|new york times|washington post|
    scientific american|the economist|the atlantic|the information|the guardian|the verge|
    les echos|le monde|le figaro|australian financial review|el país|der spiegel|die zeit|
    business recorder|express tribune|new england journal|the lancet|france inter|franceinfo|france info|bfm business|bfmtv|europe 1"""
) | phrases(
    # Europe's papers of record, whose names read like a person's or a place's ("De Standaard", "Le Soir")
    """de standaard|de tijd|de morgen|het laatste nieuws|le soir|la libre belgique|l'echo|de volkskrant|nrc|het parool|
    het financieele dagblad|la repubblica|corriere della sera|il sole 24 ore|la stampa|el mundo|la vanguardia|
    süddeutsche zeitung|frankfurter allgemeine zeitung|faz|die welt|der standard|die presse|neue zürcher zeitung|nzz|
    le temps|libération|le parisien|rzeczpospolita|gazeta wyborcza|dagens nyheter|svenska dagbladet|aftenposten|
    dagens næringsliv|helsingin sanomat|kauppalehti|berlingske|politiken|børsen|hospodářské noviny|lidové noviny|
    il fatto quotidiano|expresso|público|jornal de negócios|irish independent|the irish times|the scotsman"""
)
WELL_KNOWN_ORGS |= NEWS_OUTLETS
# The sites of papers whose address does not spell their name, as a clipped page's "source:" gives it
# (a footer names only the owner: "© 2025 Dow Jones & Company" on The Wall Street Journal's pages)
OUTLET_HOSTS = {
    "wsj.com": "The Wall Street Journal", "nytimes.com": "The New York Times", "ft.com": "Financial Times",
    "washingtonpost.com": "The Washington Post", "latimes.com": "Los Angeles Times", "barrons.com": "Barron's",
    "marketwatch.com": "MarketWatch", "economist.com": "The Economist", "theguardian.com": "The Guardian",
    "telegraph.co.uk": "The Telegraph", "thetimes.co.uk": "The Times", "thetimes.com": "The Times",
    "scmp.com": "South China Morning Post", "afr.com": "The Australian Financial Review",
    "smh.com.au": "The Sydney Morning Herald", "asia.nikkei.com": "Nikkei Asia",
    "economictimes.indiatimes.com": "The Economic Times", "timesofindia.indiatimes.com": "The Times of India",
    "livemint.com": "Mint", "theglobeandmail.com": "The Globe and Mail", "businessinsider.com": "Business Insider",
}

# Read-later apps, which keep a page to read it in their own view
READ_LATER_APPS = frozenset({"pocket", "instapaper", "omnivore", "matter", "wallabag", "readwise reader", "goodlinks"})
# Apps that show a page to its reader and so head a copied page with their own name: they publish nothing
READER_APPS = frozenset(
    {"inoreader", "feedly", "netnewswire", "newsblur", "the old reader", "feedbin", "reeder", "readwise"}
) | READ_LATER_APPS

# The buttons a feed reader or a browser's reading view shows over the page it shows ("Visit Website", "Mark as
# Read" in Feedly; "Text preferences", "Read aloud" in Edge's Immersive Reader)
READER_ACTIONS = frozenset({
    "visit website", "mark as read", "mark as unread", "save to board", "read later", "save for later",
    "open in browser", "view original", "immersive reader", "text preferences", "read aloud", "grammar tools",
    "reading preferences", "reader view", "exit reader view", "listen", "translate",
})

# Legislatures by their one-word names, and national services, which a verb before them may make look like a
# thing: "update Parliament", "the NHS system".
LEGISLATURE_NAMES = _words(
    "parliament congress senate knesset bundestag bundesrat duma storting riksdag folketing eduskunta sejm oireachtas "
    "saeima seimas riigikogu althingi sabor skupština skupstina majlis khural"
)
WELL_KNOWN_ORGS |= LEGISLATURE_NAMES | phrases("state duma|dáil|lok sabha|rajya sabha|national assembly|nhs")

# Central banks, by their names and bynames: "Banxico kept rates unchanged".
WELL_KNOWN_ORGS |= phrases(
    """banxico|bundesbank|riksbank|norges bank|bank negara malaysia|banque de france|banca d'italia|banco de españa|
    ecb|boj|pboc|rbi|rba|rbnz|snb|bcra|sbp|cbn|bank indonesia|bangko sentral ng pilipinas|nbp|mnb|tcmb|sarb|sama|
    saudi central bank|central bank of kenya|central bank of nigeria|reserve bank of india|reserve bank of australia"""
)

# Companies named after their founders, whose names read like a person's: "Eli Lilly's Zepbound".
WELL_KNOWN_ORGS |= phrases(
    """eli lilly|procter & gamble|charles schwab|marks & spencer|john lewis|ralph lauren|estée lauder|hewlett packard|
    john deere|ernst & young|jp morgan|j.p. morgan|edward jones|raymond james|louis vuitton|christian dior|hugo boss|
    william hill|paul smith|ted baker|david jones|harvey norman|kraft heinz|johnson & johnson|merrill lynch|
    dow jones|ben & jerry's|charles river|tommy hilfiger|calvin klein|giorgio armani|jimmy choo|kate spade|
    michael kors|tory burch|victoria's secret|dolce & gabbana|hermès|salvatore ferragamo|ernst young"""
)

# Trade unions known by a name that looks like a place or a word: "IG Metall", "Unite".
WELL_KNOWN_ORGS |= phrases("ig metall|ig bce|ver.di|unite the union|teamsters|unison|uaw|cgt|cfdt")

# Political parties, as a councillor's or a candidate's label names them: "(Liberal Democrat, Fenwick ward)".
POLITICAL_PARTIES = _words("conservative conservatives tory tories labour snp dup ukip greens") | phrases(
    """liberal democrat|liberal democrats|lib dem|lib dems|green party|labour party|conservative party|
    reform uk|plaid cymru|sinn féin|sinn fein|fianna fáil|fianna fail|fine gael|social democrats|democratic party|republican party|
    progressive conservative|progressive conservatives|new democrat|new democrats|ndp|bloc québécois|
    united conservative|liberal party|liberals"""
)

# Chat and meeting tools: "remarked in Slack", "on Zoom" name the product.
CHAT_APPS = _words("slack zoom teams discord signal whatsapp telegram messenger wechat")

# Social networks: share buttons and embeds name them; "on Facebook" and
# "posted to Threads" name the product, not the company.
SOCIAL_NETWORKS = _words(
    """
    facebook twitter x instagram threads bluesky mastodon linkedin reddit tiktok youtube
    snapchat telegram discord twitch substack medium whatsapp weibo wechat truth
    pinterest flipboard messenger
    """
)

# Last words that make a name a place: "Tallow Street", "the Gulf Coast".
PLACE_SUFFIXES = _words(
    """
    street st. road rd. avenue ave. boulevard blvd. lane drive square plaza bridge
    highway freeway interstate coast river lake bay harbor harbour valley mountain weir reservoir estuary
    mountains island islands heights hills county province peninsula strait sea ocean
    canyon desert forest beach creek falls gulf arena stadium airport springs
    close crescent mews terrace prefecture hill ridge rooms ave blvd tower towers
    row wharf quay site canal fairgrounds fairground showgrounds mesa butte plateau glacier basin corridor bend
    """
)

SEASONS = _words("spring summer autumn fall winter")

# "9 a.m. Pacific": a time zone after a clock time, not a place.
TIME_ZONE_WORDS = _words("pacific eastern central mountain atlantic")

# "SAN JOSE, Calif." and "California" are one place.
STATE_ABBREVIATION_NAMES = {
    "calif": "california", "fla": "florida", "mich": "michigan", "minn": "minnesota",
    "tenn": "tennessee", "conn": "connecticut", "colo": "colorado", "ariz": "arizona",
    "penn": "pennsylvania", "mass": "massachusetts", "wash": "washington", "ore": "oregon",
    "nev": "nevada", "okla": "oklahoma", "ind": "indiana", "n.y": "new york",
    "ala": "alabama", "ark": "arkansas", "del": "delaware", "ga": "georgia", "ill": "illinois",
    "kan": "kansas", "ky": "kentucky", "la": "louisiana", "md": "maryland", "miss": "mississippi",
    "mo": "missouri", "mont": "montana", "neb": "nebraska", "pa": "pennsylvania", "tex": "texas",
    "vt": "vermont", "va": "virginia", "wis": "wisconsin", "wyo": "wyoming",
    "n.j": "new jersey", "n.c": "north carolina", "s.c": "south carolina",
    "ont": "ontario", "que": "quebec", "alta": "alberta", "sask": "saskatchewan", "man": "manitoba",
    "nfld": "newfoundland", "b.c": "british columbia", "p.e.i": "prince edward island",
    "nsw": "new south wales", "qld": "queensland",
}
