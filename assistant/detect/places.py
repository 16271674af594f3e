"""Places a job mail names beside its employer: cities and countries are never the employer.

Imports `detect.phrases` (folding); pure. A job board writes "Corvid Games - London", an
agency "the role in Madrid", an invitation "our office in Lyon": each has the shape of a
name cue, so `detect.names.clean` drops a cue that is a place and nothing more ("London
Stock Exchange" stays a name). The list holds the cities, countries and regions of the markets the
assistant's users apply in, as their own languages and English write them.
"""

from __future__ import annotations

import functools
import re

from assistant.detect.phrases import fold

_CITIES_TEXT = """
    london manchester birmingham leeds liverpool bristol sheffield newcastle nottingham
    leicester coventry bradford cardiff swansea glasgow edinburgh aberdeen dundee belfast
    oxford cambridge brighton reading southampton portsmouth plymouth exeter bath york hull
    norwich milton-keynes luton derby stoke sunderland wolverhampton dublin cork galway
    limerick waterford
    berlin hamburg münchen munich köln cologne frankfurt stuttgart düsseldorf dortmund essen
    leipzig bremen dresden hannover hanover nürnberg nuremberg duisburg bochum wuppertal
    bielefeld bonn münster mannheim karlsruhe augsburg wiesbaden aachen kiel freiburg
    heidelberg potsdam mainz rostock kassel erfurt regensburg würzburg wien vienna graz linz
    salzburg innsbruck zürich zurich genf geneva genève basel bern berne lausanne luzern
    paris lyon marseille toulouse nice nantes strasbourg montpellier bordeaux lille rennes
    reims toulon grenoble dijon angers nîmes clermont-ferrand rouen metz nancy tours
    orléans caen brest annecy bruxelles brussels brussel antwerpen anvers gent ghent liège
    luxembourg antwerp amsterdam rotterdam utrecht eindhoven groningen madrid barcelona valencia
    sevilla seville zaragoza málaga malaga murcia palma las-palmas santa-cruz bilbao alicante
    córdoba valladolid
    vigo gijón granada oviedo pamplona santander salamanca donostia san-sebastián
    lisboa lisbon porto milano milan roma rome torino turin napoli naples bologna firenze
    florence genova venezia venice copenhagen københavn stockholm oslo helsinki warszawa
    warsaw kraków krakow praha prague budapest bucureşti bucharest athens athína tallinn
    riga vilnius
    # Towns of the same markets, where plants, hospitals and branch offices are.
    solihull wolverhampton walsall dudley telford stafford warwick leamington rugby nuneaton
    worcester hereford gloucester cheltenham swindon slough watford stevenage
    guildford woking crawley basingstoke bournemouth poole salisbury taunton truro preston
    blackpool blackburn bolton wigan warrington stockport oldham rochdale salford huddersfield
    wakefield doncaster rotherham barnsley chesterfield lincoln peterborough ipswich
    colchester chelmsford southend maidstone canterbury dover middlesbrough darlington durham
    carlisle lancaster chester crewe mansfield northampton bedford stockton
    gateshead harrogate inverness stirling paisley livingston wrexham newport
    lübeck luebeck lubeck flensburg neumünster schwerin wolfsburg braunschweig
    brunswick magdeburg halle jena gera chemnitz zwickau cottbus osnabrück oldenburg
    wilhelmshaven bremerhaven emden lüneburg celle hildesheim göttingen paderborn gütersloh
    siegen hagen hamm gelsenkirchen oberhausen krefeld mönchengladbach neuss leverkusen
    solingen remscheid koblenz trier saarbrücken kaiserslautern ludwigshafen darmstadt
    offenbach hanau fulda gießen marburg heilbronn pforzheim reutlingen tübingen ulm
    konstanz ravensburg friedrichshafen ingolstadt landshut rosenheim passau erlangen fürth
    bamberg bayreuth schweinfurt aschaffenburg kempten wels steyr villach klagenfurt
    st-pölten dornbirn bregenz winterthur st-gallen lugano biel thun zug schaffhausen
    fribourg neuchâtel sion aarau
    blagnac colomiers saint-nazaire le-havre amiens limoges poitiers pau bayonne perpignan
    béziers avignon aix-en-provence la-rochelle besançon mulhouse colmar valence chambéry
    saint-étienne troyes le-mans laval lorient vannes quimper cherbourg calais dunkerque
    valenciennes douai arras mérignac pessac villeurbanne vénissieux nanterre courbevoie
    saint-denis créteil versailles argenteuil montreuil boulogne-billancourt
    sagunto sagunt castellón castellon gandia torrent paterna elche elx alcoy orihuela
    cartagena lorca almería almeria jaén jaen huelva cádiz cadiz jerez algeciras marbella
    badajoz cáceres toledo guadalajara alcalá getafe leganés fuenlabrada móstoles alcorcón
    burgos león leon palencia logroño vitoria gasteiz irun tarragona reus lleida girona
    sabadell terrassa badalona mataró hospitalet santiago-de-compostela ourense lugo
    pontevedra ferrol a-coruña coruña avilés
    tilburg breda nijmegen arnhem enschede apeldoorn zwolle amersfoort
    haarlem leiden delft dordrecht maastricht venlo den-haag the-hague charleroi namur
    mons leuven mechelen brugge bruges kortrijk hasselt bergamo brescia verona padova
    vicenza treviso trieste udine parma modena reggio-emilia piacenza monza como varese
    novara bari palermo catania cagliari
    new-york boston chicago seattle austin denver atlanta miami dallas houston philadelphia
    toronto vancouver montreal montréal ottawa calgary sydney melbourne brisbane perth
    adelaide auckland wellington singapore dubai bangalore bengaluru mumbai delhi hyderabad
    pune chennai mexico méxico bogotá bogota lima santiago buenos-aires são-paulo
    cdmx ciudad-de-méxico monterrey puebla querétaro tijuana mérida medellín cali
    barranquilla cartagena quito guayaquil montevideo asunción la-paz caracas panamá
    san-josé valparaíso rosario mendoza arequipa rio-de-janeiro
    # Exonyms: the names French, German and Spanish mail gives these cities.
    barcelone séville saragosse londres édimbourg lisbonne rotterdam mailand mailänd
    milan turin gênes venise florence naples varsovie prague munich cologne francfort
    hambourg vienne bâle berne zurich genève bruxelles anvers gand bruges mexico
    londra lissabon brüssel genf antwerpen gent neapel venedig florenz rom warschau
    prag lyon sevilla saragossa barcelona edimburgo bruselas amberes ginebra basilea
    múnich colonia fráncfort hamburgo viena varsovia praga
    concepción antofagasta viña-del-mar temuco iquique la-serena rancagua talca
    puerto-montt calama copiapó cusco trujillo
    los-angeles san-francisco san-diego washington phoenix portland minneapolis detroit
    nashville raleigh pittsburgh baltimore charlotte orlando tampa st-louis kansas-city
    salt-lake-city las-vegas québec quebec winnipeg edmonton halifax victoria
    # Canada's, the United States' and Australasia's other cities and towns.
    mississauga brampton hamilton markham vaughan oakville burlington kitchener waterloo
    guelph barrie oshawa kingston sudbury thunder-bay gatineau longueuil sherbrooke
    trois-rivières saguenay lévis saint-jérôme terrebonne brossard drummondville burnaby
    surrey richmond coquitlam abbotsford kelowna kamloops nanaimo red-deer lethbridge
    regina saskatoon moncton fredericton saint-john charlottetown
    sacramento san-jose oakland fresno irvine pasadena santa-clara sunnyvale palo-alto
    mountain-view redmond bellevue tacoma spokane boise albuquerque tucson el-paso
    san-antonio fort-worth plano omaha milwaukee madison indianapolis columbus cleveland
    cincinnati louisville memphis new-orleans jacksonville hartford providence newark
    jersey-city buffalo rochester albany syracuse ann-arbor grand-rapids oklahoma-city tulsa
    canberra hobart darwin gold-coast wollongong geelong parramatta christchurch dunedin
    fort-lauderdale hialeah boca-raton west-palm-beach coral-gables st-petersburg
    san-juan ponce mayagüez bayamón caguas arecibo guaynabo
    nairobi manila lagos abuja accra johannesburg cape-town cairo casablanca rabat dakar
    tunis istanbul tokyo seoul hong-kong shanghai beijing kuala-lumpur jakarta
    # Europe's cities as other languages write them: "Ginebra", "Londres", "Bruselas"
    ginebra londres viena vienne bruselas basilea bâle lisbonne fráncfort francfort
    hamburgo hambourg varsovia varsovie praga estocolmo copenhague nueva-york mailand
    florencia atenas athènes edimburgo édimbourg marsella burdeos mónaco monaco
"""
_COUNTRIES_TEXT = """
    uk england scotland wales ireland germany deutschland österreich austria schweiz suisse
    switzerland france frankreich spain españa espagne spanien italy italia italie belgium
    belgique netherlands nederland portugal europe europa emea remote
    poland polen pologne polonia sweden schweden suède suecia denmark dänemark danemark
    norway norwegen finland finnland usa canada kanada india indien inde mexiko mexique
    argentina argentinien chile perú peru colombia kolumbien latam latinoamérica
    eu ue dach benelux apac nordics mena
    allemagne alemania irlande irlanda irland reino-unido royaume-uni grossbritannien
    francia inglaterra angleterre escocia écosse schottland gales pays-de-galles
    irlanda-del-norte irlande-du-nord nordirland
    großbritannien gran-bretaña grande-bretagne pays-bas países-bajos niederlande holanda
    bélgica belgien suiza svizzera autriche italien luxembourg luxemburg
    luxemburgo estados-unidos états-unis vereinigte-staaten méxico brasil brésil brasilien
    brazil uruguay paraguay bolivia ecuador venezuela maroc marruecos marokko morocco
    grèce grecia griechenland greece japon japón japan chine china
    # The world's parts, as an agency places a client's plants: "fábricas en Asia".
    asia asien asie africa afrika afrique america américa amérique amerika oceania ozeanien
    océanie scandinavia scandinavie escandinavia skandinavien balkans baltics
    latin-america américa-latina lateinamerika amérique-latine north-america nordamerika
    amérique-du-nord south-america südamerika amérique-du-sud middle-east moyen-orient
    oriente-medio
"""
# Regions, as a mail places a plant or a client: "un fabricant en Alsace".
_REGIONS_TEXT = """
    bayern bavaria baden-württemberg hessen sachsen thüringen niedersachsen
    nordrhein-westfalen nrw rheinland-pfalz saarland schleswig-holstein
    mecklenburg-vorpommern sachsen-anhalt ruhrgebiet tirol vorarlberg kärnten steiermark
    norddeutschland süddeutschland westdeutschland ostdeutschland mitteldeutschland
    rheinland münsterland emsland ostfriesland allgäu oberbayern niederbayern
    burgenland niederösterreich oberösterreich alsace elsass bretagne normandie provence
    occitanie nouvelle-aquitaine aquitaine bourgogne auvergne lorraine picardie
    hauts-de-france grand-est auvergne-rhône-alpes bourgogne-franche-comté
    centre-val-de-loire pays-de-la-loire provence-alpes-côte-d'azur
    île-de-france wallonie wallonia flandre flanders vlaanderen andalucía andalucía
    cataluña catalunya catalonia galicia asturias cantabria aragón navarra euskadi
    extremadura canarias baleares midlands yorkshire lancashire cornwall
    ontario alberta british-columbia manitoba saskatchewan nova-scotia new-brunswick
    newfoundland california texas florida illinois ohio michigan pennsylvania massachusetts
    virginia north-carolina arizona colorado oregon minnesota wisconsin tennessee missouri
    maryland new-jersey queensland new-south-wales western-australia tasmania
    # France's départements, Switzerland's cantons, Belgium's provinces: "les missions QHSE en
    # Haute-Garonne", "Mandat Responsable hygiène - Nord vaudois".
    ain aisne allier alpes-de-haute-provence hautes-alpes alpes-maritimes ardèche ardennes
    ariège aube aude aveyron bouches-du-rhône calvados cantal charente charente-maritime
    cher corrèze côte-d'or côtes-d'armor creuse dordogne doubs drôme eure eure-et-loir
    finistère gard haute-garonne gers gironde hérault ille-et-vilaine indre indre-et-loire
    isère jura landes loir-et-cher loire haute-loire loire-atlantique loiret lot
    lot-et-garonne lozère maine-et-loire manche marne haute-marne mayenne
    meurthe-et-moselle meuse morbihan moselle nièvre nord oise orne pas-de-calais
    puy-de-dôme pyrénées-atlantiques hautes-pyrénées pyrénées-orientales bas-rhin haut-rhin
    rhône haute-saône saône-et-loire sarthe savoie haute-savoie seine-maritime
    seine-et-marne yvelines deux-sèvres somme tarn tarn-et-garonne var vaucluse vendée
    haute-vienne vosges yonne territoire-de-belfort essonne hauts-de-seine
    seine-saint-denis val-de-marne val-d'oise
    vaud valais fribourg neuchâtel argovie aargau thurgau thurgovie zoug zug lucerne luzern
    schwyz uri obwald nidwald glarus glaris appenzell graubünden grisons ticino tessin
    solothurn soleure schaffhausen schaffhouse
    hainaut brabant brabant-wallon limbourg limburg luxembourg namur liège anvers antwerpen
    bizkaia gipuzkoa araba álava la-rioja castilla castilla-y-león castilla-la-mancha
    # Mexico's states, Colombia's departments, Argentina's provinces: "reclutamos para
    # empresas de Jalisco", "en toda Castilla y León".
    # (Not those that are also surnames, banks or words: Santander, Hidalgo, Misiones.)
    jalisco nuevo-león querétaro guanajuato aguascalientes coahuila chihuahua sonora sinaloa
    durango zacatecas san-luis-potosí tamaulipas veracruz puebla tlaxcala michoacán oaxaca
    chiapas tabasco campeche yucatán quintana-roo baja-california baja-california-sur nayarit
    estado-de-méxico edomex antioquia cundinamarca valle-del-cauca risaralda boyacá neuquén
    chubut entre-ríos santa-fe tucumán jujuy
    # Islands, where a hotel chain or a resort hires: "Revenue Manager - Mallorca".
    mallorca majorca menorca ibiza eivissa tenerife gran-canaria lanzarote fuerteventura
    corse corsica córcega sardegna sardinia cerdeña sicilia sicily madeira azores açores
"""

# A big city's business districts, as a subject places a role ("Head of Concierge -
# Mayfair"): a neighbourhood is no more an employer than its city.
_DISTRICTS_TEXT = """
    city-of-london canary-wharf mayfair knightsbridge kensington chelsea belgravia
    marylebone westminster soho shoreditch islington camden clerkenwell holborn fitzrovia
    paddington hammersmith docklands la-défense neuilly-sur-seine levallois-perret
    issy-les-moulineaux manhattan midtown brooklyn hoboken kreuzberg charlottenburg
    schwabing hafencity oerlikon cointrin carouge meyrin difc
"""


def _words(text: str) -> frozenset[str]:
    """The place names of a list, one per word ("-" joins a name's words), without its
    comment lines."""
    return frozenset(fold(word.replace("-", " ")) for line in text.splitlines()
                     if not line.lstrip().startswith("#") for word in line.split())


CITIES = _words(_CITIES_TEXT)
_BRANCHES = CITIES | _words(_COUNTRIES_TEXT)
PLACES = _BRANCHES | _words(_REGIONS_TEXT) | _words(_DISTRICTS_TEXT)


_AND = re.compile(r"\s*,\s*|\s+(?:and|&|y|e|et|und)\s+")


# A city's district or postal code after it (folded): "Paris 8e", "Lyon 3ème", "Zürich 8001".
_DISTRICT = re.compile(r"\d{1,2}(?:e|er|eme)|\d{4,5}")


@functools.lru_cache(maxsize=8192)  # names recur: cues, signature lines, subjects' tails ask
def is_place(name: str) -> bool:
    """Whether `name` is a city, a country or a region and nothing more ("Madrid", "New
    York", "Alsace", "Paris 8e"), or places joined ("Madrid y Barcelona")."""
    # (The lists join a name's words with spaces: "Île-de-France" is "ile de france".)
    return all(_is_place_part(fold(part).replace("-", " ")) or _district(fold(part))
               for part in _AND.split(name.strip()))


def _district(folded: str) -> bool:
    """Whether a folded name is a city's district, joined by a hyphen: "leipzig-plagwitz",
    "munchen-schwabing"."""
    city, hyphen, district = folded.partition("-")
    return bool(hyphen) and city in CITIES and district.isalpha()


# A part of a place, by its compass point: "Sur del Perú", "Norte de Chile", "Sud de la
# France", "Southern Ontario" (folded, hyphens as spaces).
_QUARTER = re.compile(r"(?:sur|norte|centro|este|oeste|sud|nord|ouest|est|sudeste|noreste|"
                      r"north|south|east|west|northern|southern|eastern|western|central)"
                      r"(?: (?:de la|de l|del|de|du|of the|of))? (?P<p>.+)")


# ... after its city: "Sevilla Este", "Madrid Norte", "Lyon Est", "Dublin South".
_CITY_QUARTER = re.compile(r"(?P<p>.+) (?:norte|sur|este|oeste|centro|nord|sud|est|ouest|centre|"
                           r"north|south|east|west|central|mitte|ost|zentrum)")
# ... and a country's or the world's, with a joiner: "Europe du Nord", "Europa del Este".
_PLACE_QUARTER = re.compile(r"(?P<p>.+) (?:du|del|de) (?:norte|sur|este|oeste|nord|sud|est|ouest)")


def _is_place_part(folded: str) -> bool:
    if folded in PLACES:
        return True
    quarter = _QUARTER.fullmatch(folded)
    if quarter and quarter.group("p") in PLACES:
        return True
    quarter = _CITY_QUARTER.fullmatch(folded)
    if quarter and quarter.group("p") in CITIES:
        return True
    quarter = _PLACE_QUARTER.fullmatch(folded)
    if quarter and quarter.group("p") in PLACES:
        return True
    head, _, last = folded.rpartition(" ")
    return bool(head) and last[:1].isdigit() and _DISTRICT.fullmatch(last) is not None and (
        head in PLACES)


def is_city(name: str) -> bool:
    """Whether `name` is a city and nothing more: where a branch is ("Harbourview Hotels
    Dublin"), unlike a country or region that names a subsidiary ("Hoshino Parts Europe")."""
    return fold(name.strip()) in CITIES


def is_branch_place(name: str) -> bool:
    """Whether `name` is a city or a country: where a branch is ("Ostrava Rail Partners UK"),
    unlike a region, which ends the names of the bodies it runs ("Landesamt für Energie und
    Geologie Sachsen", "AOK Bayern")."""
    return fold(name.strip()) in _BRANCHES
