"""Corpus 331: rejections of every shape (ATS, human, agency relaying a client, filled, on hold,
suspended, after interviews). Hand-written."""

from __future__ import annotations

from msgs331_common import CAND, html_page, paras

MESSAGES = [
    {
        "key": "jadebank_workday", "kind": "rejection", "lang": "de",
        "company": "Jadebank", "contact": "",
        "frm": ("Jadebank Karriere", "jadebank@myworkday.com"),
        "subject": "Ihre Bewerbung bei der Jadebank – Referenz R-20417",
        "date": "2026-02-09 06:14 +0000",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

wir danken Ihnen für Ihr Interesse an der Position „Service Designer Digitale Kundenwege
(w/m/d)“ und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im
weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Wertung
Ihrer Person oder Qualifikation.

Ihre Daten werden gemäß unserer Datenschutzhinweise sechs Monate nach Abschluss des
Verfahrens gelöscht.

Mit freundlichen Grüßen
Personalmanagement Jadebank
""",
        "html": html_page(paras(
            "Sehr geehrte Frau Oldenburg-Saß,",
            "wir danken Ihnen für Ihr Interesse an der Position „Service Designer Digitale "
            "Kundenwege (w/m/d)“ und die Zeit, die Sie in Ihre Bewerbung investiert haben.",
            "Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre "
            "Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese "
            "Entscheidung ist keine Wertung Ihrer Person oder Qualifikation.",
            "Ihre Daten werden gemäß unserer Datenschutzhinweise sechs Monate nach Abschluss "
            "des Verfahrens gelöscht.",
            "Mit freundlichen Grüßen<br>Personalmanagement Jadebank"),
            brand="Jadebank", color="#0b3d2e", lang="de"),
        "html_cte": "base64",
    },
    {
        "key": "hansetakt_nach_ac", "kind": "rejection", "lang": "de",
        "company": "Hansetakt Verkehrsbetriebe", "contact": "",
        "frm": ("Hansetakt Verkehrsbetriebe", "hansetakt-recruiting@successfactors.eu"),
        "subject": "Rückmeldung zu Ihrem Assessment-Center",
        "date": "2026-04-30 12:00 +0000",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

vielen Dank für Ihre Teilnahme an unserem Assessment-Center am 22. April für die Stelle
„UX Researcher Fahrgastinformation“. Wir haben Sie als engagierte und sympathische
Teilnehmerin erlebt.

Nach Abschluss aller Auswahltage haben wir uns jedoch für eine andere Bewerberin entschieden,
deren Profil unseren Anforderungen in der Mobilitätsforschung noch näherkommt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüße
Hansetakt Verkehrsbetriebe – Personalgewinnung
""",
        "cte": "quoted-printable",
    },
    {
        "key": "wesermuende_digitalbuero", "kind": "rejection", "lang": "de",
        "company": "Stadt Wesermünde", "contact": "g.wuebbena@wesermuende.example.de",
        "frm": ("Wübbena, Gesine", "g.wuebbena@wesermuende.example.de"),
        "subject": "Stellenausschreibung Nr. 2026/014 – Digitalbüro (Nutzerforschung)",
        "date": "2026-03-27 10:52 +0100",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

das Auswahlverfahren für die o. g. Stelle (Entgeltgruppe 10 TVöD) ist abgeschlossen. Nach
eingehender Prüfung aller Bewerbungen haben wir uns für eine andere Bewerberin bzw. einen
anderen Bewerber entschieden. Leider kann ich Ihnen daher keine positive Nachricht geben.

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist gemäß § 15 Abs. 4 AGG (zwei Monate)
datenschutzgerecht vernichtet.

Für Ihre weitere berufliche Zukunft wünsche ich Ihnen alles Gute.

Im Auftrag
Gesine Wübbena

Stadt Wesermünde
Fachdienst Personal und Organisation
Am Markt 3, 27570 Wesermünde
Tel. 0471 555-1320
""",
        "charset": "iso-8859-1", "cte": "8bit", "name_enc": ("iso-8859-1", "Q"),
    },
    {
        "key": "kessler_hafenlicht", "kind": "rejection", "lang": "de",
        "company": "Hafenlicht Versicherung", "contact": "t.kessler@kessler-partner.example.de",
        "frm": ("Thorsten Kessler", "t.kessler@kessler-partner.example.de"),
        "subject": "Rückmeldung Hafenlicht Versicherung",
        "date": "2026-03-12 17:26 +0100",
        "text": """Liebe Frau Oldenburg-Saß,

ich hatte heute Nachmittag noch einmal Kontakt mit der Hafenlicht Versicherung wegen der
Position im Customer Experience Team. Leider hat sich der Bereichsleiter gegen eine weitere
Runde mit Ihnen entschieden – er sucht nun doch jemanden mit mehrjähriger Erfahrung in der
quantitativen Marktforschung.

Ich weiß, dass Sie sich viel von dem Gespräch versprochen hatten, und bedauere das sehr.
Ihr Profil behalte ich selbstverständlich im Blick; gerade für Rollen an der Schnittstelle
von Fachbereich und Digitalisierung sind Sie für mich eine sehr interessante Kandidatin.

Herzliche Grüße
Thorsten Kessler
Kessler & Partner Personalberatung
Ballindamm 7 · 20095 Hamburg · +49 40 5551 3380
""",
    },
    {
        "key": "brueckner_mandant", "kind": "rejection", "lang": "de",
        "company": "Brückner Executive Search", "contact": "s.ahrens@brueckner-search.example.de",
        "frm": ("Svenja Ahrens", "s.ahrens@brueckner-search.example.de"),
        "subject": "Ihre Kandidatur – Service Design Lead (Mandat HH-0219)",
        "date": "2026-05-19 09:03 +0200",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

herzlichen Dank für das angenehme Telefonat vor zwei Wochen. Ich habe Ihr Profil wie
besprochen anonymisiert an unseren Mandanten, einen Versicherer mit Sitz in Hamburg,
weitergegeben.

Unser Mandant hat sich inzwischen entschieden, die Position mit einer Person mit
Führungserfahrung zu besetzen. Für dieses Mandat kann ich Sie daher leider nicht weiter
berücksichtigen.

Ich melde mich gern, wenn ein passenderes Mandat auf meinen Tisch kommt.

Mit besten Grüßen
Svenja Ahrens
Senior Consultant
Brückner Executive Search GmbH
Neuer Wall 50 · 20354 Hamburg

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""",
        "subj_enc": ("utf-8", "B"),
    },
    {
        "key": "freelancekontor_projekt", "kind": "rejection", "lang": "de",
        "company": "Deichgraf Energie", "contact": "",
        "frm": ("Freelance-Kontor", "no-reply@freelance-kontor.example.de"),
        "subject": "Projekt #4411 „Nutzerinterviews Kundenportal“: Status-Update",
        "date": "2026-06-17 07:45 +0200",
        "text": """Hallo Henrike,

es gibt Neuigkeiten zu deinem Angebot für das Projekt #4411 „Nutzerinterviews
Kundenportal“ (Kunde: Deichgraf Energie, Bremen, 30 PT, remote/vor Ort).

Der Kunde hat sich für eine:n andere:n Freelancer:in entschieden. Dein Angebot wurde daher
geschlossen.

Kopf hoch: Aktuell passen 7 weitere Projekte zu deinem Profil. Schau gleich mal rein:
https://freelance-kontor.example.de/projekte/empfehlungen

Dein Team vom Freelance-Kontor

Du erhältst diese Nachricht, weil du auf freelance-kontor.example.de ein Angebot abgegeben
hast. Benachrichtigungen verwalten: https://freelance-kontor.example.de/einstellungen
""",
        "subj_enc": ("utf-8", "Q"),
    },
    {
        "key": "moorlicht_intern", "kind": "rejection", "lang": "de",
        "company": "Moorlicht Digital", "contact": "lisa.harms@moorlicht.example.de",
        "frm": ("Moorlicht Digital", "no-reply@personio.de"),
        "reply_to": ("Lisa Harms", "lisa.harms@moorlicht.example.de"),
        "subject": "Deine Bewerbung als UX Researcher (m/w/d)",
        "date": "2026-02-16 14:20 +0100",
        "text": """Hallo Henrike,

vielen Dank für deine Bewerbung und dein Interesse an Moorlicht Digital.

Wir möchten dir offen sagen, wie es gelaufen ist: Die Stelle konnten wir kurzfristig intern
besetzen – eine Kollegin aus unserem Kundenservice wechselt ins Research-Team. Für dich
bedeutet das leider, dass wir dein Bewerbungsverfahren an dieser Stelle beenden.

Wir fanden deine Unterlagen wirklich gut und würden uns freuen, wenn du uns bei künftigen
Ausschreibungen wieder im Blick hast.

Viele Grüße aus Bremen
Lisa Harms
People & Organisation
""",
    },
    {
        "key": "klarblick_nach_gespraech", "kind": "rejection", "lang": "de",
        "company": "Klarblick Health", "contact": "jonas@klarblick.example.de",
        "frm": ("Jonas Wiebe", "jonas@klarblick.example.de"),
        "subject": "Klarblick – unsere Entscheidung",
        "date": "2026-07-21 16:58 +0200",
        "text": """Hi Henrike,

danke dir nochmal für die zwei Gespräche und die Zeit, die du in die kleine Research-Aufgabe
gesteckt hast. Das Team war von deiner Synthese echt angetan.

Trotzdem haben wir uns am Ende für jemanden entschieden, der schon Erfahrung mit
medizinischen Studien und Ethikanträgen hat – das brauchen wir im nächsten Halbjahr leider
sofort. Das war knapp und ist uns nicht leichtgefallen.

Wenn du magst, gebe ich dir gern in einem kurzen Call noch Feedback zu deiner Aufgabe.

Alles Gute und liebe Grüße
Jonas
Head of Product, Klarblick Health
""",
        "html": html_page(paras(
            "Hi Henrike,",
            "danke dir nochmal für die zwei Gespräche und die Zeit, die du in die kleine "
            "Research-Aufgabe gesteckt hast. Das Team war von deiner Synthese echt angetan.",
            "Trotzdem haben wir uns am Ende für jemanden entschieden, der schon Erfahrung mit "
            "medizinischen Studien und Ethikanträgen hat – das brauchen wir im nächsten "
            "Halbjahr leider sofort. Das war knapp und ist uns nicht leichtgefallen.",
            "Wenn du magst, gebe ich dir gern in einem kurzen Call noch Feedback zu deiner "
            "Aufgabe.",
            "Alles Gute und liebe Grüße<br>Jonas<br>Head of Product, Klarblick Health"),
            lang="de"),
    },
    {
        "key": "elbkind_kurz", "kind": "rejection", "lang": "de",
        "company": "Elbkind Design", "contact": "frieda@elbkind.example.de",
        "frm": ("Frieda Lorenzen", "frieda@elbkind.example.de"),
        "subject": "Re: Initiativbewerbung",
        "date": "2026-01-14 11:11 +0100",
        "text": """Hallo Henrike,

danke für deine nette Initiativbewerbung! Wir sind ein kleines Studio mit sechs Leuten und
haben gerade ehrlich gesagt keine Kapazität, jemanden einzuarbeiten. Deshalb müssen wir dir
leider absagen.

Viel Glück bei der Suche – dein Portfolio ist schön!
Frieda
""",
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "key": "kreditwerk_auto", "kind": "rejection", "lang": "de",
        "company": "Kreditwerk Bremen", "contact": "",
        "frm": ("Kreditwerk Bremen – Bewerbermanagement", "noreply@kreditwerk-bremen.example.de"),
        "subject": "Absage: Trainee Digital Banking / UX",
        "date": "2026-04-02 02:10 +0200",
        "text": None,
        "html": html_page(paras(
            "Sehr geehrte Frau Oldenburg-Saß,",
            "vielen Dank für Ihre Bewerbung für unser Traineeprogramm Digital Banking / UX.",
            "Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlprozess nicht "
            "berücksichtigen können. Die Zahl der Bewerbungen war außergewöhnlich hoch, und "
            "wir mussten eine Auswahl treffen.",
            "Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen viel Erfolg.",
            "Ihr Bewerbermanagement<br>Kreditwerk Bremen"),
            brand="Kreditwerk Bremen", color="#8b0000", lang="de",
            footer="Kreditwerk Bremen eG · Am Wall 120 · 28195 Bremen · Diese Nachricht wurde "
                   "automatisch versandt."),
        "name_enc": ("utf-8", "B"),
    },
    {
        "key": "hafencity_mobil_eingestellt", "kind": "rejection", "lang": "de",
        "company": "HafenCity Mobil", "contact": "b.vosteen@hafencity-mobil.example.de",
        "frm": ("Bettina Vosteen", "b.vosteen@hafencity-mobil.example.de"),
        "subject": "Ausschreibung „Servicedesignerin Fahrgastportal“ – Verfahren eingestellt",
        "date": "2026-05-06 13:37 +0200",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

wir müssen Ihnen leider mitteilen, dass die ausgeschriebene Stelle „Servicedesignerin
Fahrgastportal“ aufgrund einer Umstrukturierung unseres Digitalbereichs nicht besetzt wird.
Das Auswahlverfahren wird daher eingestellt; das für den 12. Mai geplante Gespräch mit Ihnen
entfällt ersatzlos.

Wir bedauern, Ihnen keine andere Nachricht übermitteln zu können, und danken Ihnen für Ihr
Interesse an HafenCity Mobil.

Mit freundlichen Grüßen
Bettina Vosteen
Personalreferentin
HafenCity Mobil GmbH · Überseeallee 10 · 20457 Hamburg
""",
        "subj_enc": ("windows-1252", "Q"),
    },
    {
        "key": "protempo_ammerland", "kind": "rejection", "lang": "de",
        "company": "Ammerland Versicherung", "contact": "k.meiners@protempo.example.de",
        "frm": ("Kirsten Meiners | ProTempo", "k.meiners@protempo.example.de"),
        "subject": "Feedback vom Kunden",
        "date": "2026-02-26 15:02 +0100",
        "text": """Hallo Frau Oldenburg-Saß,

kurzes Feedback von der Ammerland Versicherung zu der Projektstelle im Kundendialog
(Arbeitnehmerüberlassung, 6 Monate): Der Kunde hat sich für eine andere Kandidatin
entschieden, die direkt starten kann. Schade!

Ich habe aber noch zwei andere Einsätze in Oldenburg im Auge und rufe Sie dazu nächste Woche
an.

Beste Grüße
Kirsten Meiners
Personaldisponentin
ProTempo Personaldienste · Niederlassung Oldenburg · Staulinie 11
""",
        "cte": "base64",
    },
    {
        "key": "friesland_telefon", "kind": "rejection", "lang": "de",
        "company": "Friesland Assekuranz", "contact": "martin.eilers@friesland-assekuranz.example.de",
        "frm": ("Eilers, Martin", "martin.eilers@friesland-assekuranz.example.de"),
        "subject": "Ihr Telefoninterview vom 3. Juli",
        "date": "2026-07-10 08:29 +0200",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

nochmals vielen Dank für das freundliche Telefonat am vergangenen Freitag.

Wir haben inzwischen alle Gespräche ausgewertet. Leider müssen wir Ihnen mitteilen, dass
wir Sie nicht in die zweite Runde einladen werden. Für die Rolle im Digital-Produktteam
suchen wir vorrangig Erfahrung in der Moderation großer Workshops.

Wir wünschen Ihnen für Ihren Wechsel in die UX-Welt viel Erfolg.

Mit freundlichen Grüßen
i. A. Martin Eilers
Personalentwicklung

Friesland Assekuranz VVaG · Hafenstraße 2 · 26382 Wilhelmshaven
Diese Nachricht ist vertraulich und ausschließlich für den Adressaten bestimmt.
""",
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "kuestenkasse_html", "kind": "rejection", "lang": "de",
        "company": "Küstenkasse", "contact": "",
        "frm": ("Küstenkasse Karriere", "karriere-noreply@kuestenkasse.example.de"),
        "subject": "Ihre Bewerbung: Product Researcher (m/w/d)",
        "date": "2026-08-13 10:00 +0200",
        "text": None,
        "html": html_page(paras(
            "Guten Tag Frau Oldenburg-Saß,",
            "herzlichen Dank für Ihr Interesse an der Küstenkasse.",
            "Wir haben Ihre Unterlagen sorgfältig gesichtet. Leider haben Sie es diesmal nicht "
            "in die engere Auswahl geschafft. Wir haben uns für Bewerberinnen und Bewerber "
            "entschieden, deren Erfahrung noch besser zu unserem Anforderungsprofil passt.",
            "Schauen Sie gern regelmäßig auf unserer Karriereseite vorbei.",
            "Freundliche Grüße<br>Ihr Team Personal der Küstenkasse"),
            brand="Küstenkasse", color="#00718f", lang="de"),
        "html_cte": "quoted-printable", "name_enc": ("utf-8", "Q"),
    },
    {
        "key": "kranich_mit_zitat", "kind": "rejection", "lang": "de",
        "company": "Kranich Digitalagentur", "contact": "paul.grote@kranich-digital.example.de",
        "frm": ("Paul Grote", "paul.grote@kranich-digital.example.de"),
        "subject": "AW: Bewerbung UX Researcherin – Henrike Oldenburg-Saß",
        "date": "2026-09-03 12:48 +0200", "reply": "kranich_bewerbung_inner", "quote": "de",
        "text": """Hallo Frau Oldenburg-Saß,

danke für Ihre Bewerbung. Wir haben uns intensiv mit Ihren Unterlagen beschäftigt, uns am
Ende aber für andere Kandidat:innen entschieden, die bereits in Agenturprojekten gearbeitet
haben.

Viele Grüße
Paul Grote
Kranich Digitalagentur · Schlachte 22 · 28195 Bremen
""",
    },
    {
        "key": "kranich_bewerbung_inner", "inner": True, "kind": "other", "lang": "de",
        "company": "", "contact": "",
        "frm": CAND, "to": [("Paul Grote", "paul.grote@kranich-digital.example.de")],
        "subject": "Bewerbung UX Researcherin – Henrike Oldenburg-Saß",
        "date": "2026-08-20 20:31 +0200",
        "text": """Sehr geehrter Herr Grote,

anbei sende ich Ihnen meine Bewerbung als UX Researcherin. Als Versicherungskauffrau kenne
ich die Perspektive von Kundinnen und Kunden aus tausenden Telefonaten – diese Erfahrung
möchte ich nun in die Forschung für digitale Produkte einbringen.

Mit freundlichen Grüßen
Henrike Oldenburg-Saß
""",
    },
    # ---- en
    {
        "key": "grachten_smartrecruiters", "kind": "rejection", "lang": "en",
        "company": "Grachten Insurance Lab", "contact": "",
        "frm": ("Grachten Insurance Lab", "no-reply@smartrecruiters.com"),
        "subject": "Your application for Service Designer at Grachten Insurance Lab",
        "date": "2026-03-05 15:41 +0000",
        "text": """Dear Henrike,

Thank you for your interest in the Service Designer position at Grachten Insurance Lab and
for taking the time to apply.

After careful review, we have decided to move forward with candidates whose experience more
closely matches the requirements of the role at this time.

We will keep your details on file and encourage you to apply for future openings that match
your profile.

Kind regards,
Talent Acquisition
Grachten Insurance Lab, Amsterdam
""",
        "html": html_page(paras(
            "Dear Henrike,",
            "Thank you for your interest in the Service Designer position at Grachten Insurance "
            "Lab and for taking the time to apply.",
            "After careful review, we have decided to move forward with candidates whose "
            "experience more closely matches the requirements of the role at this time.",
            "We will keep your details on file and encourage you to apply for future openings "
            "that match your profile.",
            "Kind regards,<br>Talent Acquisition<br>Grachten Insurance Lab, Amsterdam"),
            brand="Grachten Insurance Lab", color="#ff6f00"),
    },
    {
        "key": "tulp_icims_html", "kind": "rejection", "lang": "en",
        "company": "Tulp Bank", "contact": "",
        "frm": ("Tulp Bank Careers", "tulpbank@icims.com"),
        "subject": "Tulp Bank - Application Status Update",
        "date": "2026-06-03 21:05 -0500",
        "text": None,
        "html": html_page(paras(
            "Hello Henrike,",
            "Thank you for applying for the role <i>UX Researcher – Mobile Banking (Req "
            "#26-0412)</i>.",
            "We appreciate the time you invested. Unfortunately, you have not been selected to "
            "continue in the recruitment process for this position.",
            "We wish you every success in your job search.",
            "Tulp Bank Talent Team"), brand="Tulp Bank", color="#c2185b",
            footer="This is an automated message sent via iCIMS. Please do not reply."),
        "html_cte": "quoted-printable",
    },
    {
        "key": "byrum_filled", "kind": "rejection", "lang": "en",
        "company": "Byrum Lab", "contact": "mette.kjaer@byrum.example.dk",
        "frm": ("Mette Kjær", "mette.kjaer@byrum.example.dk"),
        "subject": "RE: Service designer position - Byrum Lab",
        "date": "2026-04-14 09:12 +0200",
        "text": """Dear Henrike,

Thank you for your patience. I wanted to let you know personally that the service designer
position at Byrum Lab has now been filled. We received more than 140 applications, and yours
stood out for your direct experience with citizens and claims.

I am sorry we could not take your application further this time. We publish our openings on
the city's job portal, so please keep an eye on it.

Best regards,
Mette Kjær
Head of Byrum Lab, Digital Office of the Municipality of Kastrupholm
Rådhuspladsen 4, 2770 Kastrupholm, Denmark
""",
        "name_enc": ("iso-8859-1", "B"),
    },
    {
        "key": "kanaal_lever_final", "kind": "rejection", "lang": "en",
        "company": "Kanaal Mobility", "contact": "pieter.vandam@kanaal.example.nl",
        "frm": ("Pieter van Dam", "no-reply@hire.lever.co"),
        "reply_to": ("Pieter van Dam", "pieter.vandam@kanaal.example.nl"),
        "subject": "Kanaal Mobility - your final interview",
        "date": "2026-08-28 17:20 +0200",
        "text": """Hi Henrike,

Thank you again for coming to Amsterdam for the final round last week. The whole panel
enjoyed your research plan for the night-bus app.

It was a really close call, but we have decided to offer the role to another candidate who
has worked on transit products before. I know that's disappointing after such a long process,
and I want to thank you for the energy you brought to it.

If you'd like feedback, I'm happy to set up 20 minutes next week.

Warmly,
Pieter van Dam
Design Director, Kanaal Mobility
""",
    },
    # ---- fr
    {
        "key": "metrolien_taleo", "kind": "rejection", "lang": "fr",
        "company": "Métrolien", "contact": "",
        "frm": ("Métrolien Recrutement", "metrolien@taleo.net"),
        "subject": "Votre candidature - Chargé(e) d'études UX - Réf. 26-0381",
        "date": "2026-05-12 08:00 +0000",
        "text": """Madame,

Nous vous remercions de l'intérêt que vous portez à Métrolien et de votre candidature au
poste de Chargé(e) d'études UX.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous
ne sommes pas en mesure d'y donner une suite favorable.

Nous conservons vos coordonnées dans notre base afin de pouvoir vous recontacter si une
opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Métrolien
""",
        "charset": "iso-8859-1", "cte": "quoted-printable", "name_enc": ("iso-8859-1", "Q"),
    },
    {
        "key": "lumen_rh", "kind": "rejection", "lang": "fr",
        "company": "Assurances Lumen", "contact": "sophie.marchal@lumen-assurances.example.fr",
        "frm": ("Sophie Marchal", "sophie.marchal@lumen-assurances.example.fr"),
        "subject": "Suite à votre candidature – Lab digital",
        "date": "2026-04-21 18:13 +0200",
        "text": """Bonjour Madame Oldenburg-Saß,

Je reviens vers vous concernant votre candidature au poste de UX Researcher au sein de notre
Lab digital.

Votre expérience en gestion de sinistres a retenu toute notre attention. Néanmoins, nous
avons fait le choix de poursuivre avec des profils disposant d'une expérience plus longue en
recherche utilisateur et d'une maîtrise du français à un niveau natif, indispensable pour
animer nos entretiens clients.

Je vous souhaite pleine réussite dans vos démarches.

Bien cordialement,
Sophie Marchal
Chargée de recrutement – Assurances Lumen
92 boulevard Haussmann, 75008 Paris
""",
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "key": "santeo_apres_entretiens", "kind": "rejection", "lang": "fr",
        "company": "Santéo", "contact": "hugo@santeo.example.fr",
        "frm": ("Hugo Lefèvre", "hugo@santeo.example.fr"),
        "subject": "Re: Merci pour l'échange",
        "date": "2026-05-28 19:40 +0200", "reply": "santeo_merci_inner", "quote": "fr",
        "text": """Bonjour Henrike,

Merci pour votre message, et encore merci pour les deux entretiens. Après beaucoup de
discussions en interne, nous avons décidé de ne pas donner suite à votre candidature : nous
avons finalement retenu une personne qui a déjà travaillé sur des dispositifs médicaux.

C'est une décision difficile, vous avez vraiment fait forte impression à l'équipe.

Bonne continuation,
Hugo
""",
        "name_enc": ("utf-8", "B"),
    },
    {
        "key": "santeo_merci_inner", "inner": True, "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": CAND, "to": [("Hugo Lefèvre", "hugo@santeo.example.fr")],
        "subject": "Merci pour l'échange",
        "date": "2026-05-20 20:02 +0200",
        "text": """Bonjour Hugo,

Merci beaucoup pour l'échange de cet après-midi avec vous et Inès. J'ai beaucoup aimé
découvrir comment vous testez le suivi des traitements avec les patients.

Belle soirée,
Henrike
""",
    },
    {
        "key": "belcourt_pourvu", "kind": "rejection", "lang": "fr",
        "company": "Ville de Belcourt", "contact": "agnes.perrin@belcourt.example.fr",
        "frm": ("Ville de Belcourt – Direction du numérique",
                "recrutement.numerique@belcourt.example.fr"),
        "reply_to": ("Agnès Perrin", "agnes.perrin@belcourt.example.fr"),
        "subject": "Poste de designer de services publics",
        "date": "2026-06-30 11:25 +0200",
        "text": """Madame,

Vous avez bien voulu faire acte de candidature au poste de designer de services publics au
sein de la Direction du numérique de la Ville de Belcourt, et je vous en remercie.

J'ai le regret de vous informer que ce poste a été pourvu.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Pour le Maire et par délégation,
Agnès Perrin
Directrice des ressources humaines
Hôtel de Ville, 1 place de la République, 78990 Belcourt
""",
    },
    {
        "key": "vernier_orsay", "kind": "rejection", "lang": "fr",
        "company": "Banque Orsay", "contact": "l.garnier@vernier-conseil.example.fr",
        "frm": ("Laure Garnier", "l.garnier@vernier-conseil.example.fr"),
        "subject": "Banque Orsay – retour sur votre candidature",
        "date": "2026-09-22 10:10 +0200",
        "text": """Bonjour Henrike,

J'ai eu ce matin le retour de la Banque Orsay concernant le poste de Service Designer.
Malheureusement, ils ont choisi de ne pas poursuivre avec votre candidature : ils cherchent
finalement quelqu'un qui a déjà une expérience en agence.

Je suis déçue pour vous, car je pense que votre double regard métier/UX aurait apporté
beaucoup. Je garde votre profil en tête pour d'autres missions.

Bien à vous,
Laure Garnier
Consultante senior – Cabinet Vernier Conseil
01 55 50 42 17
""",
    },
    # ---- es
    {
        "key": "alcor_workable", "kind": "rejection", "lang": "es",
        "company": "Seguros Alcor", "contact": "",
        "frm": ("Seguros Alcor", "noreply@workablemail.com"),
        "subject": "Tu candidatura a UX Researcher en Seguros Alcor",
        "date": "2026-03-18 16:22 +0100",
        "text": """Hola Henrike,

Gracias por tu interés en Seguros Alcor y por el tiempo que has dedicado a tu candidatura.

Tras revisar con detalle todos los perfiles, hemos decidido seguir adelante con otros
candidatos cuya experiencia se ajusta más a lo que buscamos en este momento.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Equipo de Selección · Seguros Alcor
""",
        "html": html_page(paras(
            "Hola Henrike,",
            "Gracias por tu interés en Seguros Alcor y por el tiempo que has dedicado a tu "
            "candidatura.",
            "Tras revisar con detalle todos los perfiles, hemos decidido seguir adelante con "
            "otros candidatos cuya experiencia se ajusta más a lo que buscamos en este momento.",
            "Te deseamos mucha suerte en tu búsqueda.",
            "Un saludo,<br>Equipo de Selección · Seguros Alcor"), lang="es",
            footer="Powered by Workable"),
    },
    {
        "key": "movibarna_suspendido", "kind": "rejection", "lang": "es",
        "company": "Movibarna", "contact": "jordi.puig@movibarna.example.es",
        "frm": ("Jordi Puig", "jordi.puig@movibarna.example.es"),
        "subject": "Proceso de selección Diseñador/a de Servicios – suspendido",
        "date": "2026-04-23 13:15 +0200",
        "text": """Estimada Henrike:

Te escribo para informarte de que, debido a un cambio en la planificación presupuestaria de
la compañía, hemos decidido suspender el proceso de selección para el puesto de
Diseñador/a de Servicios. Por este motivo no seguiremos adelante con tu candidatura.

Lamentamos las molestias y te agradecemos sinceramente el interés mostrado en Movibarna.

Atentamente,
Jordi Puig
Responsable de Talento
Movibarna · Transports Metropolitans · Carrer de la Marina 180, 08013 Barcelona
""",
        "subj_enc": ("windows-1252", "B"), "charset": "iso-8859-1",
    },
    {
        "key": "garbi_tras_entrevista", "kind": "rejection", "lang": "es",
        "company": "Estudio Garbí", "contact": "ona@estudiogarbi.example.es",
        "frm": ("Ona Vidal", "ona@estudiogarbi.example.es"),
        "subject": "Re: Entrevista del jueves",
        "date": "2026-06-12 18:47 +0200",
        "text": """¡Hola Henrike!

Muchas gracias por venir al estudio el jueves, fue un rato muy agradable. Hemos estado dándole
vueltas y, al final, nos vamos a quedar con otra candidata que habla catalán, porque casi
todos nuestros clientes ahora mismo son administraciones locales.

Siento no traerte mejores noticias. ¡Ojalá coincidamos en otro proyecto!

Un abrazo,
Ona
Estudio Garbí · diseño de servicios
""",
        "cte": "8bit",
    },
    {
        "key": "talento_med_cliente", "kind": "rejection", "lang": "es",
        "company": "Talento Mediterráneo", "contact": "c.navarro@talentomed.example.es",
        "frm": ("Carla Navarro", "c.navarro@talentomed.example.es"),
        "subject": "Actualización sobre tu proceso",
        "date": "2026-07-30 09:55 +0200",
        "text": """Hola Henrike:

Te escribo para darte una actualización sobre el proceso con nuestro cliente, una
aseguradora de salud con sede en Barcelona. Lamentablemente nos han comunicado que han
decidido no continuar con tu candidatura, ya que priorizan perfiles con experiencia en
investigación cuantitativa.

Gracias por tu disponibilidad durante todo el proceso. Seguiré pendiente de nuevas
oportunidades que encajen contigo.

Saludos cordiales,
Carla Navarro
Consultora · Talento Mediterráneo
Passeig de Gràcia 92, 08008 Barcelona
""",
    },
    {
        "key": "llevant_workday", "kind": "rejection", "lang": "es",
        "company": "Banco Llevant", "contact": "",
        "frm": ("Banco Llevant", "bancollevant@myworkday.com"),
        "subject": "Banco Llevant: estado de tu candidatura",
        "date": "2026-09-09 05:30 +0000",
        "text": """Hola Henrike:

Gracias por presentar tu candidatura a la posición de Service Designer – Banca Digital
(JR-11802).

Después de analizar tu perfil, lamentamos comunicarte que no ha sido seleccionado para
continuar en el proceso. Guardaremos tus datos para futuras vacantes, salvo que nos
indiques lo contrario.

Atentamente,
Talento y Cultura · Banco Llevant
""",
        "cte": "quoted-printable",
    },
]
