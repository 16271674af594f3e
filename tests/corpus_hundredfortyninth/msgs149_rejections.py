"""Corpus 149: rejections (hand-written, every one worded differently)."""

# ruff: noqa: C408  (each message is a dict(...) spec written by hand)

from __future__ import annotations

from msgs149_common import (
    CANDIDATE,
    am_schrieb,
    ats_card,
    el_escribio,
    le_ecrit,
    on_wrote,
    outlook_block,
    outlook_word,
    paras,
    word_lines,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ============================================================================ German (14)

# --- T1 Alpenmilch: after interview, quoting the candidate's thank-you ---------------------------
add(dict(
    kind="rejection", name="alpenmilch_nach_gespraech", company="Alpenmilch",
    contact="sandra.imhof@alpenmilch.example.ch", lang="de", tid="alp5", parent="alp4",
    frm=("Sandra Imhof", "sandra.imhof@alpenmilch.example.ch"),
    subject="AW: Danke für das Gespräch vom 29. Januar",
    subj_enc=("utf-8", "Q"),
    date="2026-02-16 11:26 +0100",
    text="""Grüezi Herr Baumgartner-Rossi

Danke für Ihre freundlichen Zeilen und nochmals für Ihre Zeit. Wir haben uns die Entscheidung nicht leicht gemacht: Am Ende hat sich die Kommission für eine Kandidatin entschieden, die bereits mehrere Jahre in einem milchverarbeitenden Betrieb in der QS tätig war. Für Sie können wir Ihnen deshalb leider keine Zusage geben.

Ihre praktische Sicht aus der Küche hat uns beeindruckt. Ich wünsche Ihnen für den Wechsel in die Qualitätssicherung viel Erfolg.

Freundliche Grüsse
Sandra Imhof
HR Business Partnerin
Alpenmilch AG | Laupenstrasse 40 | 3008 Bern
+41 31 388 62 14

""" + am_schrieb("04.02.2026 um 18:31", "Luca Baumgartner-Rossi", CANDIDATE[1],
                  """Sehr geehrte Frau Imhof

Herzlichen Dank für das angenehme Vorstellungsgespräch vom 29. Januar und die Führung durch die Abfüllung. Das Gespräch hat mein Interesse an der Stelle noch verstärkt, und ich würde mich freuen, in die zweite Runde eingeladen zu werden.

Freundliche Grüsse
Luca Baumgartner-Rossi"""),
))

# --- Confiserie Steinhauer (Workday, HTML only) ------------------------------------------------
add(dict(
    kind="rejection", name="steinhauer_workday_absage", company="Confiserie Steinhauer",
    contact="", lang="de",
    frm=("Confiserie Steinhauer", "steinhauer@myworkday.com"),
    subject="Ihre Bewerbung bei der Confiserie Steinhauer",
    date="2026-02-26 14:40 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Confiserie Steinhauer", "#8b1e3f", paras("""Guten Tag Herr Baumgartner-Rossi

Nochmals vielen Dank für Ihre Bewerbung als Hygienebeauftragte/r Produktion.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen mitteilen, dass wir Ihre Kandidatur im weiteren Auswahlverfahren nicht berücksichtigen können. Dieser Entscheid ist keine Wertung Ihrer Person.

Ihre Daten löschen wir nach sechs Monaten, sofern Sie nicht in unseren Talentpool aufgenommen werden möchten.

Mit freundlichen Grüssen
Confiserie Steinhauer – Human Resources"""),
                  "Confiserie Steinhauer AG · Bahnhofstrasse 41 · 8001 Zürich",
                  lang="de"),
))

# --- Helvetmarkt (SuccessFactors, soft wording) -----------------------------------------------------
_t = """Sehr geehrter Herr Baumgartner-Rossi

Wir danken Ihnen für Ihr Interesse an der Funktion Category Manager Qualität Frischprodukte und für die Zeit, die Sie in Ihre Bewerbung investiert haben.

Wir haben uns entschieden, den Prozess mit Personen weiterzuführen, deren Profil näher an den Anforderungen im Einkauf und Lieferantenmanagement liegt.

Gerne möchten wir Sie ermutigen, unsere offenen Stellen auch künftig zu verfolgen.

Freundliche Grüsse
Helvetmarkt Genossenschaft
Personalgewinnung"""
add(dict(
    kind="rejection", name="helvetmarkt_successfactors_absage", company="Helvetmarkt", contact="",
    lang="de",
    frm=("Helvetmarkt Jobs", "noreply@successfactors.eu"),
    subject="Ihre Bewerbung – Req 40311",
    date="2026-03-09 07:12 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
    html=ats_card("Helvetmarkt", "#e0601b", paras(_t), "Helvetmarkt Genossenschaft, Basel", lang="de"),
))

# --- T6 Kantonslabor: position on hold (iso-8859-1, 8bit, disclaimer) ------------------------------
add(dict(
    kind="rejection", name="kantonslabor_stelle_sistiert", company="Kantonslabor Mittelland",
    contact="brigitte.schaerer@kantonslabor-mittelland.example.ch", lang="de", tid="kl4",
    parent="kl3",
    frm=("Brigitte Schärer", "brigitte.schaerer@kantonslabor-mittelland.example.ch"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Ausschreibung 26-118: Abbruch des Verfahrens",
    charset="iso-8859-1", cte="8bit",
    date="2026-06-02 09:05 +0200",
    text="""Sehr geehrter Herr Baumgartner-Rossi

Wir müssen Sie über eine Änderung informieren: Der Regierungsrat hat im Rahmen der Budgetsanierung einen Anstellungsstopp beschlossen. Die Stelle als Lebensmittelinspektor/in wird deshalb vorläufig nicht besetzt, und wir brechen das Auswahlverfahren zum jetzigen Zeitpunkt ab.

Das bedeutet, dass Ihre Bewerbung nicht weiterverfolgt wird. Wir bedauern dies sehr, zumal Sie im Assessment einen guten Eindruck hinterlassen haben. Ob und wann die Stelle neu ausgeschrieben wird, ist offen.

Ihr Dossier senden wir Ihnen in den nächsten Tagen per Post zurück.

Freundliche Grüsse

Brigitte Schärer
Personaldienst
Kantonslabor Mittelland
Bahnhofplatz 7, 4500 Solothurn
Tel. +41 32 627 18 40

Diese Nachricht ist ausschliesslich für den bezeichneten Adressaten bestimmt. Sollten Sie sie irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und löschen Sie die Nachricht.""",
))

# --- Gastro Personal Plus: agency relays the client's no ---------------------------------------------
add(dict(
    kind="rejection", name="gastroplus_brotwerk_kunde_nein", company="Brotwerk Basel",
    contact="nadine.keller@gastroplus.example.ch", lang="de",
    frm=("Nadine Keller | Gastro Personal Plus", "nadine.keller@gastroplus.example.ch"),
    subject="Rückmeldung Brotwerk Basel",
    subj_enc=("utf-8", "B"),
    date="2026-03-10 16:33 +0100",
    text="""Hallo Herr Baumgartner-Rossi

Kurz die Rückmeldung vom Brotwerk Basel zu Ihrem Dossier: Der Produktionsleiter hat sich gegen eine Weiterführung entschieden. Begründung laut Kunde: Für die Schichtleitung QS in der Nacht suchen sie jemanden mit Erfahrung in der industriellen Teigherstellung und mit Staplerausweis.

Schade – ich hatte mir hier gute Chancen ausgerechnet. Ich bleibe für Sie dran, es kommen gerade einige Mandate in der Region Basel herein.

Freundliche Grüsse
Nadine Keller
Gastro Personal Plus AG
T +41 44 455 20 31""",
))

# --- Limmat Catering: terse human --------------------------------------------------------------------
add(dict(
    kind="rejection", name="limmat_catering_kurz", company="Limmat Catering",
    contact="reto.ammann@limmatcatering.example.ch", lang="de",
    frm=("Reto Ammann", "reto.ammann@limmatcatering.example.ch"),
    subject="Re: Bewerbung Hygieneverantwortlicher",
    date="2026-01-22 21:47 +0100",
    text="""Hoi Luca

Merci für deine Bewerbung. Ich mach's kurz: Wir haben die Stelle bereits vergeben.

Gruss
Reto

--
Reto Ammann, Inhaber
Limmat Catering AG, Förrlibuckstrasse 60, 8005 Zürich

Von meinem iPhone gesendet""",
))

# --- Würmtaler Brauhaus (Personio) ------------------------------------------------------------------
add(dict(
    kind="rejection", name="wuermtaler_personio_absage", company="Würmtaler Brauhaus",
    contact="", lang="de",
    frm=("Würmtaler Brauhaus GmbH", "noreply@personio.de"),
    frm_enc=("utf-8", "B"),
    subject="Update zu deiner Bewerbung als Qualitätssicherung Abfüllung (m/w/d)",
    date="2026-04-28 08:50 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hallo Luca,

vielen Dank für dein Interesse an unserem Brauhaus und für deine Bewerbung.

Wir haben alle Unterlagen intensiv gesichtet und uns schliesslich für andere Bewerber:innen entschieden, deren Erfahrung in der Getränkeabfüllung und Mikrobiologie besser zu unseren aktuellen Anforderungen passt.

Für deine berufliche Zukunft wünschen wir dir alles Gute – und vielleicht sieht man sich ja mal im Bräustüberl.

Prost und viele Grüsse
Dein Würmtaler-Team""",
))

# --- T10 Seeblick: filled internally (Outlook HTML + plain) ------------------------------------------
_t = """Guten Tag Herr Baumgartner-Rossi

Ich melde mich wie versprochen zum Stand des Verfahrens Qualitäts- und Hygienemanager/in F&B.

Während der letzten zwei Wochen hat sich eine interne Lösung ergeben: Unsere bisherige Küchenchefin im Seeblick Luzern übernimmt die Funktion per 1. September. Wir schliessen die Rekrutierung deshalb ab und führen die Gespräche mit externen Kandidaten nicht weiter.

Ich bedaure, dass wir unser Telefonat nicht mehr nachholen konnten, und danke Ihnen für Ihr Interesse an der Seeblick Hotels AG.

Freundliche Grüsse

Fabienne Zurbriggen
Talent Acquisition Manager
Seeblick Hotels AG | Haldenstrasse 10 | 6006 Luzern
T +41 41 418 77 03 | www.seeblick-hotels.example.ch"""
add(dict(
    kind="rejection", name="seeblick_intern_besetzt", company="Seeblick Hotels",
    contact="fabienne.zurbriggen@seeblick-hotels.example.ch", lang="de", tid="sb5", parent="sb4",
    frm=("Fabienne Zurbriggen", "fabienne.zurbriggen@seeblick-hotels.example.ch"),
    subject="AW: Verschiebung Telefontermin",
    date="2026-07-27 10:14 +0200",
    text=_t + "\n\n" + outlook_block("de", "Luca Baumgartner-Rossi <luca.br@example.ch>",
                                     "Freitag, 10. Juli 2026 12:40", "Fabienne Zurbriggen",
                                     "Verschiebung Telefontermin",
                                     """Grüezi Frau Zurbriggen

Es tut mir sehr leid, dass ich Ihren Anruf heute Morgen verpasst habe. Könnten wir das Telefoninterview auf nächste Woche verschieben?

Freundliche Grüsse
Luca Baumgartner-Rossi"""),
    html=outlook_word(word_lines(_t), "de"),
))

# --- T12 Aaregold: role cancelled (windows-1252 QP) ---------------------------------------------
add(dict(
    kind="rejection", name="aaregold_stelle_gestrichen", company="Aaregold Schokoladen",
    contact="markus.lehmann@aaregold.example.ch", lang="de", tid="ag3", parent="ag2",
    frm=("Markus Lehmann", "markus.lehmann@aaregold.example.ch"),
    subject="Stelle Leiter/in Hygiene – Entscheid",
    subj_enc=("windows-1252", "Q"),
    charset="windows-1252", cte="qp",
    date="2026-09-14 13:30 +0200",
    text="""Sehr geehrter Herr Baumgartner-Rossi

Im August mussten wir das Panelgespräch kurzfristig absagen; heute kann ich Ihnen den Grund nennen. Die Geschäftsleitung hat entschieden, die Produktion in Aarberg bis 2027 an den Standort Lyss zu verlagern. Die Stelle „Leiter/in Hygiene Aarberg“ wird im Zuge dieser Reorganisation gestrichen.

Eine Anstellung ist damit leider nicht möglich. Ich weiss, dass dies nach der langen Wartezeit enttäuschend ist, und entschuldige mich für die Unannehmlichkeiten.

Freundliche Grüsse
Markus Lehmann
Leiter Personal
Aaregold Schokoladen AG · Industriestrasse 14 · 3270 Aarberg · 032 391 20 20""",
))

# --- Talentis: unnamed client -> company = agency ---------------------------------------------
add(dict(
    kind="rejection", name="talentis_mandant_anders_entschieden", company="Talentis",
    contact="simon.wyss@talentis.example.ch", lang="de",
    frm=("Simon Wyss", "simon.wyss@talentis.example.ch"),
    subject="Mandat QA Manager Nahrungsergänzung",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-08-20 19:02 +0200",
    text="""Lieber Herr Baumgartner-Rossi

Ich hatte Ihnen ja im Juli das vertrauliche Mandat im Bereich Nahrungsergänzungsmittel vorgestellt. Mein Mandant hat gestern die Shortlist festgelegt – und Sie sind leider nicht darauf. Man wünscht sich für diese Rolle jemanden mit GMP-Erfahrung aus der Pharma.

Ich weiss, dass das nach dem guten Start in Basel etwas ernüchternd ist. Lassen Sie uns trotzdem in Kontakt bleiben.

Beste Grüsse
Simon Wyss
Talentis AG""",
))

# --- QS-Prüfinstitut Süd (softgarden, multipart) -----------------------------------------------
_t = """Sehr geehrter Herr Baumgartner-Rossi,

für Ihre Bewerbung als Auditor (m/w/d) Lebensmittelsicherheit danken wir Ihnen.

Leider ist es uns nicht möglich, Ihnen eine positive Nachricht zu geben. Für die Tätigkeit ist eine abgeschlossene Qualifikation als Lebensmitteltechniker oder ein vergleichbares Studium zwingend erforderlich, damit unsere Akkreditierungsstelle die Auditberechtigung erteilt.

Ihre Unterlagen werden gemäss unseren Datenschutzbestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüssen
Ihr Personalteam
QS-Prüfinstitut Süd GmbH"""
add(dict(
    kind="rejection", name="qspruef_softgarden_absage", company="QS-Prüfinstitut Süd", contact="",
    lang="de",
    frm=("QS-Prüfinstitut Süd GmbH", "noreply@softgarden.io"),
    frm_enc=("iso-8859-1", "B"),
    subject="Ihre Bewerbung als Auditor (m/w/d) Lebensmittelsicherheit",
    date="2026-07-06 10:15 +0200",
    text=_t,
    html=ats_card("QS-Prüfinstitut Süd", "#003d7a", paras(_t), "softgarden e-recruiting", lang="de"),
))

# --- T25 SkyMeal: casual colleague-style ---------------------------------------------------------
add(dict(
    kind="rejection", name="skymeal_locker", company="SkyMeal",
    contact="dani.gerber@skymeal.example.ch", lang="de", tid="sky2", parent="sky1",
    frm=("Dani Gerber", "dani.gerber@skymeal.example.ch"),
    subject="Kurzes Feedback",
    date="2026-10-20 17:58 +0200",
    text="""Hey Luca

Danke nochmals fürs Vorbeikommen in Kloten, war ein cooles Gespräch. Ich sag's dir lieber direkt statt per Formularbrief: Wir gehen mit jemandem weiter, der schon Airline-Catering und die IFSA-Richtlinien aus dem Effeff kennt. Das hat am Schluss den Ausschlag gegeben.

Falls du mal einen Kafi willst, um über die Branche zu plaudern – melde dich einfach.

Liebe Grüsse
Dani

Daniela Gerber | Head of Quality | SkyMeal AG | Flughafenstrasse 61 | 8302 Kloten""",
))

# --- T27 Bergkäserei: after trial day -----------------------------------------------------------------
add(dict(
    kind="rejection", name="bergkaeserei_nach_probetag", company="Bergkäserei Simmental",
    contact="hr@bergkaeserei-simmental.example.ch", lang="de", tid="bks2", parent="bks1",
    frm=("Bergkäserei Simmental HR", "hr@bergkaeserei-simmental.example.ch"),
    subject="Ihr Schnuppertag bei uns",
    date="2026-07-20 14:44 +0200",
    cte="b64",
    text="""Grüezi Herr Baumgartner

Danke, dass Sie am Donnerstag den weiten Weg nach Zweisimmen auf sich genommen und einen Tag in der Käserei mitgearbeitet haben.

Nach Rücksprache mit unserem Käsermeister haben wir uns für einen Bewerber aus der Region entschieden, der bereits die Ausbildung als Milchtechnologe mitbringt. Wir hoffen auf Ihr Verständnis.

Für Ihre Zukunft alles Gute und en Guete!

Ruth Bühler
Personal & Administration
Bergkäserei Simmental AG""",
))

# --- T13 Zuger Frischküche: rejection in reply to the invite (Outlook block quoting invite) ------------
add(dict(
    kind="rejection", name="zuger_frischkueche_nach_probetag", company="Zuger Frischküche",
    contact="thomas.meier@zugerfrisch.example.ch", lang="de", tid="zfk2", parent="zfk1",
    frm=("Meier Thomas", "thomas.meier@zugerfrisch.example.ch"),
    subject="AW: Einladung Probetag 8. September",
    date="2026-09-21 08:34 +0200",
    text="""Guten Morgen Herr Baumgartner-Rossi

Zuerst herzlichen Dank für Ihren Einsatz am Probetag – das Team hat Ihre ruhige Art in der Hektik sehr geschätzt.

Dennoch müssen wir Ihnen eine Absage erteilen. Ausschlaggebend war, dass wir für die Stelle jemanden brauchen, der auch die Lieferantenaudits selbständig durchführen kann, und hier hatten zwei andere Kandidierende mehr Erfahrung vorzuweisen.

Ich wünsche Ihnen alles Gute auf Ihrem weiteren Weg.

Thomas Meier
Leiter Qualität & Produktion
Zuger Frischküche AG
Industriestrasse 44, 6300 Zug
Tel. 041 710 88 20

""" + outlook_block("de", "Meier Thomas", "Dienstag, 1. September 2026 09:12",
                    "Luca Baumgartner-Rossi", "Einladung Probetag 8. September",
                    """Guten Tag Herr Baumgartner-Rossi

Wir freuen uns, Sie zu einem Probetag am Dienstag, 8. September, 6:30 Uhr, in unserer Produktion einzuladen. Bitte bringen Sie geschlossene Schuhe mit; Arbeitskleidung stellen wir.

Freundliche Grüsse
Thomas Meier"""),
))

# ============================================================================ French (8)

# --- T8 Fromagerie du Léman: after trial day, quoting the thank-you -------------------------------
add(dict(
    kind="rejection", name="fromagerie_leman_apres_essai", company="Fromagerie du Léman",
    contact="isabelle.rochat@fromagerie-leman.example.ch", lang="fr", tid="fl5", parent="fl4",
    frm=("Isabelle Rochat", "isabelle.rochat@fromagerie-leman.example.ch"),
    subject="Re: Merci pour la journée d'essai",
    subj_enc=("utf-8", "Q"),
    date="2026-07-08 16:20 +0200",
    text="""Bonjour Luca,

Merci pour votre message, il nous a fait plaisir. Après en avoir longuement discuté avec le maître fromager, nous avons toutefois choisi de confier le poste à une personne qui connaît déjà nos caves d'affinage : un collaborateur de longue date a postulé en interne au dernier moment.

Nous ne pourrons donc pas aller plus loin avec vous, et je le regrette sincèrement. Votre rigueur sur les relevés de température a été remarquée.

Avec mes meilleures salutations,

Isabelle Rochat
Directrice
Fromagerie du Léman SA
Chemin du Port 5, 1007 Lausanne
021 617 40 22

""" + le_ecrit("mar. 30 juin 2026 à 20:05", "Luca Baumgartner-Rossi", CANDIDATE[1],
                """Chère Madame Rochat,

Un grand merci pour la journée d'essai de vendredi et pour l'accueil de toute l'équipe. J'ai beaucoup appris sur l'affinage et je serais ravi de rejoindre la fromagerie.

Bien à vous,
Luca Baumgartner-Rossi"""),
))

# --- Hôtels Rive-Bleue (Taleo, HTML only, iso-8859-1) -------------------------------------------------
add(dict(
    kind="rejection", name="rivebleue_taleo_refus", company="Hôtels Rive-Bleue", contact="",
    lang="fr", tid="rb2", parent="rb1",
    frm=("Hôtels Rive-Bleue - Carrières", "rivebleue@taleo.net"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Votre candidature - Responsable hygiène et sécurité alimentaire",
    subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1", cte="qp",
    date="2026-04-14 18:00 +0000",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Monsieur,</p>
<p>Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de Responsable hygiène et sécurité alimentaire (réf. 2600731).</p>
<p>Après examen attentif de votre dossier, nous sommes au regret de vous informer que nous avons retenu des profils correspondant davantage aux exigences du poste, notamment en matière de management d'équipes multi-sites.</p>
<p>Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité adaptée se présentait.</p>
<p>Veuillez agréer, Monsieur, nos salutations distinguées.</p>
<p>Direction des Ressources Humaines<br>Hôtels Rive-Bleue SA</p>
<p style="font-size:10px;color:#777">Ce message est généré automatiquement ; merci de ne pas y répondre.</p>
</body></html>""",
))

# --- T14 Adéquat: client (named) says no --------------------------------------------------------------
add(dict(
    kind="rejection", name="adequat_biscuiterie_refus_client", company="Biscuiterie Vaudoise",
    contact="camille.perroud@adequat.example.ch", lang="fr", tid="adq4", parent="adq3",
    frm=("Camille Perroud", "camille.perroud@adequat.example.ch"),
    subject="Retour de la Biscuiterie Vaudoise",
    date="2026-03-03 11:48 +0100",
    text="""Bonjour Luca,

J'ai enfin eu le retour de la Biscuiterie Vaudoise après votre entretien reporté. Malheureusement ils ne donnent pas suite : le directeur de site cherche finalement quelqu'un qui maîtrise déjà la norme IFS Food version 8 et qui pourrait piloter l'audit de juin sans période d'adaptation.

Je sais que vous y teniez. Je garde votre dossier en tête pour les prochaines missions – il y a du mouvement à Vevey en ce moment.

Belle fin de semaine,
Camille Perroud
Adéquat Intérim SA – Lausanne""",
))

# --- T16 Bressanes: terse human -----------------------------------------------------------------------
add(dict(
    kind="rejection", name="bressanes_poste_pourvu", company="Charcuteries Bressanes",
    contact="p.vuillermoz@bressanes.example.fr", lang="fr", tid="bre3", parent="bre2",
    frm=("Pascal Vuillermoz", "p.vuillermoz@bressanes.example.fr"),
    subject="Poste RQ Bourg-en-Bresse",
    date="2026-06-05 07:15 +0200",
    text="""Bonjour,

Poste pourvu. Bonne continuation.

P. Vuillermoz
Directeur industriel – Charcuteries Bressanes SAS""",
))

# --- T15 HCR: recruitment frozen (iso-8859-1 QP) ------------------------------------------------------
add(dict(
    kind="rejection", name="hcr_recrutement_gele", company="Hygiène Conseil Romandie",
    contact="julien.favre@hcr.example.ch", lang="fr", tid="hcr3", parent="hcr2",
    frm=("Julien Favre", "julien.favre@hcr.example.ch"),
    subject="Suite de notre échange",
    subj_enc=("iso-8859-1", "B"),
    charset="iso-8859-1", cte="qp",
    date="2026-04-29 18:22 +0200",
    text="""Salut Luca,

Je te dois une réponse claire, alors la voici : deux gros clients de l'hôtellerie genevoise ont résilié leur contrat d'audit pour la fin de l'année, et mon associée et moi avons décidé de geler toute embauche jusqu'à nouvel ordre.

Je ne vais donc pas pouvoir te proposer le poste de consultant junior dont on avait parlé au téléphone. J'en suis vraiment désolé, ton profil de terrain était exactement ce qu'on cherchait.

Si la situation se débloque au printemps prochain, tu seras le premier que j'appelle.

Julien Favre
Associé fondateur
Hygiène Conseil Romandie Sàrl - Rue de Lausanne 64 - 1202 Genève
079 618 22 45""",
))

# --- Traiteur Saône & Rhône (Teamtailor) -----------------------------------------------------------------
_t = """Bonjour Luca,

Merci encore d'avoir pris le temps de postuler au poste de Responsable Qualité Cuisine Centrale.

Après une étude attentive de l'ensemble des candidatures, votre candidature n'a pas été retenue pour la suite du processus. Nous avons reçu de nombreux profils très qualifiés et le choix a été difficile.

Nous vous souhaitons plein de réussite dans votre recherche.

L'équipe Traiteur Saône & Rhône"""
add(dict(
    kind="rejection", name="traiteur_teamtailor_refus", company="Traiteur Saône & Rhône",
    contact="", lang="fr", tid="tsr2", parent="tsr1",
    frm=("Traiteur Saône & Rhône", "no-reply@teamtailor-mail.com"),
    subject="Votre candidature chez Traiteur Saône & Rhône",
    date="2026-05-15 10:03 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
    html=ats_card("Traiteur Saône & Rhône", "#c0392b", paras(_t),
                  "Vous recevez cet e-mail suite à votre candidature via notre page carrière.",
                  lang="fr"),
))

# --- T23 Office intercantonal: decision letter in PDF ------------------------------------------------
add(dict(
    kind="rejection", name="oicd_decision_pdf", company="Office intercantonal de contrôle des denrées",
    contact="secretariat.rh@oicd.example.ch", lang="fr", tid="oicd2", parent="oicd1",
    frm=("OICD - Ressources humaines", "secretariat.rh@oicd.example.ch"),
    subject="Décision concernant votre candidature (inspecteur/trice des denrées alimentaires)",
    subj_enc=("utf-8", "Q"),
    date="2026-10-19 15:00 +0200",
    text="""Monsieur,

Vous trouverez en annexe la décision de la commission de sélection relative à votre candidature au poste d'inspecteur/trice des denrées alimentaires (50-80 %).

La commission n'a pas été en mesure de retenir votre candidature, l'entretien prévu le 1er octobre n'ayant pas pu avoir lieu et le calendrier de la procédure ne permettant pas de le reprogrammer.

Nous vous remercions de l'intérêt porté à notre office.

Secrétariat RH
Office intercantonal de contrôle des denrées
Rue des Moulins 12, 2800 Delémont
032 420 51 00""",
    pdf=[("Decision_candidature_OICD.pdf", [
        "Office intercantonal de controle des denrees",
        "Decision de la commission de selection",
        "Candidat : M. Luca Baumgartner-Rossi",
        "Poste : inspecteur/trice des denrees alimentaires",
        "Decision : candidature non retenue",
    ])],
))

# --- Boulangeries Lumière: casual (tutoiement) -------------------------------------------------------
add(dict(
    kind="rejection", name="boulangeries_lumiere_profil_labo", company="Boulangeries Lumière",
    contact="manon.texier@boulangeries-lumiere.example.fr", lang="fr",
    frm=("Manon Texier", "manon.texier@boulangeries-lumiere.example.fr"),
    subject="ta candidature QHSE",
    date="2026-02-12 13:05 +0100",
    text="""Coucou Luca,

Bon, je te la fais courte parce que tu mérites une vraie réponse et pas un mail type : on part sur un profil plus orienté labo, quelqu'un qui sort d'un BTS bioanalyses. Pour le poste QHSE on n'ira donc pas plus loin ensemble.

Franchement ton passage en cuisine étoilée m'a bluffée, mais la direction voulait absolument les analyses micro en interne.

Je croise les doigts pour la suite !
Manon
RH – Boulangeries Lumière, Villeurbanne""",
))

# ============================================================================ English (6)

# --- T3 Kestrel (via Greenhouse, Reply-To human) -------------------------------------------------
add(dict(
    kind="rejection", name="kestrel_greenhouse_not_progressing", company="Kestrel Hotels",
    contact="hannah.price@kestrelhotels.example.co.uk", lang="en", tid="kes5", parent="kes4",
    frm=("Hannah Price via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Hannah Price", "hannah.price@kestrelhotels.example.co.uk"),
    subject="Your application to Kestrel Hotels",
    date="2026-03-27 16:42 +0000",
    text="""Hi Luca,

Thank you for making time for the call on Tuesday, especially after our first attempt fell through.

I've now discussed your application with the Group Operations Director, and we have decided not to progress it to the final stage. The coordinator will be auditing twelve hotel kitchens on their own from day one, and we felt the role needs someone who has already run third-party audits in the UK.

I appreciate this isn't the outcome you hoped for, and I wish you the best of luck with the move to London.

Kind regards,
Hannah Price
Talent Partner, Kestrel Hotels""",
))

# --- T9 FreshBox (Ashby) -------------------------------------------------------------------------
add(dict(
    kind="rejection", name="freshbox_ashby_pass", company="FreshBox",
    contact="priya.nair@freshbox.example.ch", lang="en", tid="fb4", parent="fb3",
    frm=("Priya Nair", "no-reply@ashbyhq.com"),
    reply_to=("Priya Nair", "priya.nair@freshbox.example.ch"),
    subject="Re: Checking in – Food Safety & Quality Lead",
    date="2026-03-30 10:05 +0200",
    text="""Hi Luca,

Thanks for the nudge, and sorry for the silence – our founders were travelling.

We're going to pass on your application for now. Our next twelve months are all about scaling the packing line, and the team landed on a candidate who has taken a BRCGS site through certification before.

Really enjoyed our conversation about allergen flows in a pop-up kitchen, by the way.

All the best,
Priya
People Lead, FreshBox

""" + on_wrote("Wed, Mar 25, 2026 at 8:12 AM", "Luca Baumgartner-Rossi", CANDIDATE[1],
                """Hi Priya,

I hope you are well. I just wanted to check in on the status of my application after our video interview on 10 March. I'm still very excited about the role.

Best,
Luca"""),
))

# --- Thameside (Lever): put on hold ---------------------------------------------------------------
add(dict(
    kind="rejection", name="thameside_lever_paused", company="Thameside Foods", contact="",
    lang="en", tid="tf4", parent="tf3",
    frm=("Thameside Foods", "no-reply@hire.lever.co"),
    subject="Update on the Technical Officer – Chilled Ready Meals role",
    subj_enc=("utf-8", "Q"),
    date="2026-08-12 12:00 +0100",
    html="""<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<p>Hi Luca,</p>
<p>Thank you for attending our assessment day in Dagenham last week.</p>
<p>We're writing to let you know that, following a review of our site investment plans, the Technical Officer position has been paused indefinitely. As a result, we won't be taking any applications for this role further, including yours.</p>
<p>We're sorry to bring the process to an end like this and thank you for the effort you put in.</p>
<p>Best wishes,<br>Thameside Foods Recruitment</p>
<p style="font-size:11px;color:#999">Sent via Lever. Please do not reply to this email.</p>
</div>""",
))

# --- T17 Harbour Search: named client says no -------------------------------------------------
add(dict(
    kind="rejection", name="harbour_ashgrove_client_feedback", company="Ashgrove Dairies",
    contact="tom.ellery@harboursearch.example.co.uk", lang="en", tid="hs4", parent="hs3",
    frm=("Tom Ellery", "tom.ellery@harboursearch.example.co.uk"),
    subject="Ashgrove feedback",
    date="2026-06-01 09:20 +0100",
    charset="windows-1252", cte="qp",
    text="""Morning Luca,

I’ve had feedback from Ashgrove Dairies following your rebooked interview. I’m afraid it’s a no from them this time.

Their technical manager liked your energy but felt the gap in dairy-specific pathogen control (Listeria environmental monitoring in particular) was too wide for a site that’s about to face a retailer audit.

Chin up – I’ve got two more briefs landing this month that suit you better.

Tom

Tom Ellery | Senior Consultant | Harbour Search Ltd | 020 7946 0318

This email and any attachments are confidential and intended solely for the addressee.""",
))

# --- Northbridge (iCIMS, formal) --------------------------------------------------------------------
add(dict(
    kind="rejection", name="northbridge_icims_regret", company="Northbridge Catering Group",
    contact="", lang="en", tid="nb2", parent="nb1",
    frm=("Northbridge Catering Group Careers", "donotreply@icims.com"),
    subject="Northbridge Catering Group – Application Status",
    subj_enc=("utf-8", "B"),
    date="2026-10-16 08:00 +0100",
    text="""Dear Luca Baumgartner-Rossi,

Re: Food Safety Auditor – Contract Catering (Req. 2026-4418)

We regret to inform you that you have not been selected for this position. The volume and quality of applications for this role were exceptionally high.

We appreciate the interest you have shown in Northbridge Catering Group and encourage you to create a job alert on our careers site.

Yours sincerely,
Talent Acquisition
Northbridge Catering Group Ltd

This message was sent from an unmonitored mailbox.""",
))

# --- T18 Camden Kitchen Collective: filled from within, long chain ------------------------------
add(dict(
    kind="rejection", name="camden_filled_within", company="Camden Kitchen Collective",
    contact="ollie@camdenkitchen.example.co.uk", lang="en", tid="ckc3", parent="ckc1",
    frm=("Ollie Brandt", "ollie@camdenkitchen.example.co.uk"),
    subject="Re: Re: Free Thursday for a chat?",
    date="2026-07-02 22:10 +0100",
    text="""Hey Luca,

Sorry mate, should have written sooner. Honestly you were close, but Becca from our Hackney kitchen put her hand up for the food safety job and we've filled it from within. Felt wrong to keep you hanging.

Drinks on me if you make it to London.

Ollie

""" + on_wrote("Fri, 26 Jun 2026 at 09:14", "Luca Baumgartner-Rossi", CANDIDATE[1],
                """Hi Ollie,

Thanks again for the chat last Thursday, I really liked what you're building. Any news on the food safety role?

Cheers,
Luca

""" + on_wrote("Tue, 16 Jun 2026 at 18:02", "Ollie Brandt", "ollie@camdenkitchen.example.co.uk",
                "Are you free Thursday for a chat? Video call at 4pm UK time works for me.")),
))

# ============================================================================ Spanish (3)

# --- T20 Hoteles Llevant -------------------------------------------------------------------------
add(dict(
    kind="rejection", name="llevant_no_seguimos", company="Hoteles Llevant",
    contact="nuria.ferrer@hotelesllevant.example.es", lang="es", tid="llv4", parent="llv3",
    frm=("Núria Ferrer", "nuria.ferrer@hotelesllevant.example.es"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Proceso Responsable de Higiene Alimentaria",
    date="2026-09-10 12:30 +0200",
    text="""Hola Luca:

Gracias por atender finalmente nuestra llamada la semana pasada y por tu interés en Hoteles Llevant.

Lamentamos comunicarte que no seguiremos adelante con tu candidatura. Buscamos a alguien con dominio del catalán y experiencia previa en inspecciones sanitarias de la Agència de Salut Pública, y otros perfiles encajan mejor en ese sentido.

Te deseamos mucha suerte en tu búsqueda.

Núria Ferrer
Talento y Cultura
Hoteles Llevant S.A. · Passeig de Colom 8 · 08002 Barcelona
+34 932 68 90 11

Este mensaje y sus anexos son confidenciales. Si lo ha recibido por error, notifíquelo al remitente y elimínelo.""",
))

# --- T21 Selecta Talento: unnamed client -> agency ------------------------------------------------
add(dict(
    kind="rejection", name="selecta_cliente_otra_candidatura", company="Selecta Talento",
    contact="jorge.salas@selectatalento.example.es", lang="es", tid="sel2", parent="sel1",
    frm=("Jorge Salas", "jorge.salas@selectatalento.example.es"),
    subject="RE: Entrevista con nuestro cliente del sector cárnico",
    subj_enc=("utf-8", "B"),
    date="2026-09-28 19:40 +0200",
    text="""Buenas tardes, Luca:

Te escribo con la respuesta de nuestro cliente. Han optado por otra candidatura, una persona que ya trabajaba en un matadero con certificación IFS y que puede incorporarse de inmediato.

Me consta que la entrevista fue bien y que valoraron tu experiencia en cocina. Seguimos contando contigo para futuros procesos.

Saludos,
Jorge Salas
Consultor Senior · Selecta Talento S.L.
Av. Diagonal 405, 08008 Barcelona · +34 931 55 20 74

""" + el_escribio("lun, 7 sept 2026 a las 10:15", "Jorge Salas", "jorge.salas@selectatalento.example.es",
                   "Hola Luca, nuestro cliente quiere conocerte. ¿Te va bien una entrevista el jueves 17?"),
))

# --- T28 Obrador Santa Caterina (Workable, base64) -------------------------------------------------
add(dict(
    kind="rejection", name="obrador_workable_otros_perfiles", company="Obrador Santa Caterina",
    contact="", lang="es", tid="osc3", parent="osc2",
    frm=("Obrador Santa Caterina", "noreply@candidates.workablemail.com"),
    subject="Sobre tu candidatura en Obrador Santa Caterina",
    date="2026-10-12 11:11 +0200",
    cte="b64",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hola Luca,

Te agradecemos el tiempo dedicado a tu candidatura para Responsable de Calidad y Seguridad Alimentaria.

Tras revisar todas las solicitudes, hemos decidido continuar con otros perfiles cuya trayectoria se ajusta más a lo que necesitamos en este momento.

Guardaremos tus datos por si surge otra oportunidad.

Atentamente,
Obrador Santa Caterina""",
))
