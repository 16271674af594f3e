"""Corpus 157: rejections (31), hand-written."""

from __future__ import annotations

from msgs157_common import CAND, SIG_DE, ats_card, outlook, outlook_html, paras, quote

R = "rejection"

_schloss_txt = """Sehr geehrte Frau Pölzl-Adeyemi,

vielen Dank für Ihre Bewerbung als Teamleitung Kundenservice Online bei Schloßberg Home.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Ihr Recruiting-Team von Schloßberg Home
Diese Nachricht wurde automatisch über Personio versendet."""

_kistl_thanks = """Liebe Frau Aigner,

danke nochmals für das angenehme Interview gestern! Die Einblicke in Ihre Dark-Store-Abläufe fand ich spannend, und ich freue mich, von Ihnen zu hören.

Viele Grüße
Miriam Pölzl-Adeyemi"""

_brunn_prev = """Liebe Frau Pölzl-Adeyemi,

wie telefonisch besprochen: das Kennenlerngespräch bei Alpenfrisch Online findet am 21. April um 10:30 Uhr in München statt. Gesprächspartner sind Herr Kellermann (Head of Operations) und Frau Sutor (HR).

Beste Grüße
Georg Brunnhofer"""

_savica_thanks = """Hi Nina,

Thank you for taking the time to talk with me on Friday. I enjoyed hearing how your team handles returns across the three warehouses, and I'm very keen on the role.

Best wishes,
Miriam"""

_cr_thanks = """Bonjour Madame Perrin,

Je vous remercie encore pour l'entretien de ce matin. J'ai beaucoup apprécié notre échange sur la préparation des commandes du samedi.

Bien cordialement,
Miriam Pölzl-Adeyemi"""

_lav_thanks = """Hola Diego:

Muchas gracias por la entrevista de ayer y por enseñarme el almacén. Me quedo con muchas ganas de formar parte del equipo.

Un saludo,
Miriam"""

MESSAGES: list[dict] = [
    # ---------------------------------------------------------------- German (15)
    {
        "k": R, "s": "personio_formal", "l": "de", "co": "Schloßberg Home", "ct": "",
        "f": ("Schloßberg Home", "noreply@personio.de"),
        "d": "2026-01-27 16:02 +0100",
        "sj": "Ihre Bewerbung bei Schloßberg Home",
        "t": _schloss_txt,
        "h": ats_card("Schloßberg Home", "#3b5b4c", paras(_schloss_txt),
                      "Powered by Personio · Datenschutz"),
        "ne": "q",
    },
    {
        "k": R, "s": "donaukorb_after_missed", "l": "de", "co": "Donaukorb",
        "ct": "lea.hanzl@donaukorb.example.at", "id": "dk5", "re": ["dk2", "dk3", "dk4"],
        "f": ("Lea Hanzl", "lea.hanzl@donaukorb.example.at"),
        "d": "2026-03-24 11:40 +0100",
        "sj": "AW: Entschuldigung wegen Dienstag – neuer Termin?",
        "t": """Hallo Frau Pölzl-Adeyemi,

danke für Ihre Nachricht und die Erklärung, das kann passieren.

Inzwischen haben wir das Verfahren für die Stelle Operations Associate allerdings weitergeführt und uns auf Personen konzentriert, deren Erfahrung im Lagerbereich näher an dem liegt, was das Team gerade braucht. Einen neuen Termin kann ich Ihnen daher leider nicht mehr anbieten.

Ich wünsche Ihnen viel Erfolg bei der weiteren Suche!

Lea Hanzl
Talent Acquisition | Donaukorb
Leopoldsgasse 12, 1020 Wien
+43 1 890 44 12""",
    },
    {
        "k": R, "s": "lindwurm_filled_internally", "l": "de", "co": "Lindwurm Logistik",
        "ct": "thomas.wiesinger@lindwurm-logistik.example.at", "id": "lw3", "re": ["lw1", "lw2"],
        "f": ("Wiesinger, Thomas", "thomas.wiesinger@lindwurm-logistik.example.at"),
        "d": "2026-05-20 08:15 +0200",
        "sj": "Stelle Schichtleitung Fulfillment – Rückmeldung",
        "t": """Guten Morgen Frau Pölzl-Adeyemi,

wie angekündigt melde ich mich wegen des abgesagten Gesprächs. Die Schichtleitung im Fulfillment Center Linz-Hafen wurde inzwischen mit einem Kollegen aus unserem eigenen Team nachbesetzt, der sich intern beworben hat. Wir führen daher keine weiteren externen Gespräche für diese Position.

Ihre Unterlagen würde ich gerne – Ihr Einverständnis vorausgesetzt – für künftige Ausschreibungen in Evidenz halten.

Freundliche Grüße
Thomas Wiesinger
Personalentwicklung
Lindwurm Logistik GmbH · Hafenstraße 47 · 4020 Linz
T +43 732 77 18 20""",
        "h": outlook_html(paras("""Guten Morgen Frau Pölzl-Adeyemi,

wie angekündigt melde ich mich wegen des abgesagten Gesprächs. Die Schichtleitung im Fulfillment Center Linz-Hafen wurde inzwischen mit einem Kollegen aus unserem eigenen Team nachbesetzt, der sich intern beworben hat. Wir führen daher keine weiteren externen Gespräche für diese Position.

Ihre Unterlagen würde ich gerne – Ihr Einverständnis vorausgesetzt – für künftige Ausschreibungen in Evidenz halten.

Freundliche Grüße
Thomas Wiesinger
Personalentwicklung
Lindwurm Logistik GmbH · Hafenstraße 47 · 4020 Linz
T +43 732 77 18 20""")),
    },
    {
        "k": R, "s": "agency_relays_praterlogistik", "l": "de", "co": "Praterlogistik",
        "ct": "sabine.kornberger@arbeitplus.example.at", "id": "ap3", "re": "ap2",
        "f": ("Sabine Kornberger | ArbeitPlus", "sabine.kornberger@arbeitplus.example.at"),
        "d": "2026-06-03 14:22 +0200",
        "sj": "Praterlogistik – Feedback vom Kunden",
        "t": """Liebe Frau Pölzl-Adeyemi,

ich habe heute mit der Personalabteilung von Praterlogistik telefoniert. Nach dem verpassten Termin wollte der Kunde das Gespräch nicht mehr nachholen und hat sich für eine andere Kandidatin entschieden, die bereits mit dem Lagerverwaltungssystem gearbeitet hat.

Das ist schade, aber kein Grund, den Kopf hängen zu lassen – ich habe zwei weitere Projekte im Auge und melde mich nächste Woche bei Ihnen.

Herzliche Grüße
Sabine Kornberger
Personalberaterin
ArbeitPlus Personalservice · Mariahilfer Straße 88 · 1070 Wien
Mobil +43 676 330 19 54""",
    },
    {
        "k": R, "s": "agency_unnamed_client", "l": "de", "co": "Personalwerk Mur",
        "ct": "d.grabner@personalwerk-mur.example.at",
        "f": ("Daniel Grabner", "d.grabner@personalwerk-mur.example.at"),
        "d": "2026-02-18 17:05 +0100",
        "sj": "Ihr Profil für die Stelle Versandkoordination (Raum Graz-Umgebung)",
        "cs": "windows-1252", "te": "qp",
        "t": """Servus Frau Pölzl-Adeyemi,

kurze Info zu der Versandkoordination, für die ich Sie letzte Woche vorgeschlagen habe: Mein Kunde hat sich Ihr Profil angesehen, möchte aber jemanden mit Staplerschein und SAP-Erfahrung – da sind wir leider raus.

Ich hab Sie weiter in meiner Kartei und melde mich, sobald was Passenderes reinkommt.

LG Daniel Grabner
Personalwerk Mur – Arbeitskräfteüberlassung
Lendplatz 9, 8020 Graz · 0316 71 22 40""",
    },
    {
        "k": R, "s": "kistl_after_interview_quote", "l": "de", "co": "Kistl",
        "ct": "hanna.aigner@kistl.example.at", "id": "ks2", "re": "ks1",
        "f": ("Hanna Aigner", "hanna.aigner@kistl.example.at"),
        "d": "2026-06-16 18:31 +0200",
        "sj": "Re: Danke für das Gespräch",
        "t": """Liebe Frau Pölzl-Adeyemi,

vielen Dank für Ihre nette Nachricht – auch uns hat das Gespräch Freude gemacht.

Wir haben uns die Entscheidung nicht leicht gemacht, am Ende aber jemandem den Vorzug gegeben, der schon einen Dark Store geleitet hat. Für die Hub-Lead-Rolle sind wir deshalb nicht mit Ihnen weitergegangen.

Alles Gute und vielleicht bis bald,
Hanna Aigner
People & Ops, Kistl

""" + quote(_kistl_thanks, "Am 11.06.2026 um 09:14 schrieb Miriam Pölzl-Adeyemi <miriam.pa@example.at>:"),
    },
    {
        "k": R, "s": "terse_owner", "l": "de", "co": "Pöstlingberg Handel",
        "ct": "franz@poestlingberg.example.at",
        "f": ("Franz Eibl", "franz@poestlingberg.example.at"),
        "d": "2026-03-12 21:47 +0100",
        "sj": "Re: Bewerbung Onlineshop-Betreuung",
        "t": """Hallo Frau Pölzl,
danke, aber wir haben schon wen gefunden.
Gruß Franz Eibl

Gesendet von meinem iPhone""",
    },
    {
        "k": R, "s": "feinkost_on_hold", "l": "de", "co": "Wiener Feinkostversand",
        "ct": "m.oberhuber@feinkostversand.example.at", "id": "wf3", "re": ["wf1", "wf2"],
        "f": ("Magdalena Oberhuber", "m.oberhuber@feinkostversand.example.at"),
        "d": "2026-07-20 10:03 +0200",
        "sj": "Position Teamlead Kommissionierung – aktueller Stand",
        "t": """Sehr geehrte Frau Pölzl-Adeyemi,

ich hatte Ihnen nach der Erkrankung von Herrn Steindl einen Ersatztermin in Aussicht gestellt. Inzwischen hat die Geschäftsführung entschieden, die Stelle Teamlead Kommissionierung bis auf Weiteres einzufrieren; das Auswahlverfahren wird nicht fortgesetzt, auch nicht zu einem späteren Zeitpunkt in dieser Form.

Es tut mir leid, dass ich keine erfreulichere Nachricht habe. Danke für Ihre Geduld.

Mit freundlichen Grüßen
Magdalena Oberhuber
HR Business Partner
Wiener Feinkostversand · Simmeringer Hauptstraße 150 · 1110 Wien""",
    },
    {
        "k": R, "s": "public_body_pdf_letter", "l": "de", "co": "Steirische Landesbeschaffung",
        "ct": "ursula.feichtinger@landesbeschaffung.example.at", "id": "lb4", "re": ["lb2", "lb3"],
        "f": ("Steirische Landesbeschaffung, Personal", "personal@landesbeschaffung.example.at"),
        "rt": ("Mag. Ursula Feichtinger", "ursula.feichtinger@landesbeschaffung.example.at"),
        "d": "2026-03-03 13:30 +0100",
        "sj": "Ausschreibung LB-2026-014 – Mitteilung über das Ergebnis",
        "cs": "iso-8859-1", "te": "qp", "ne": "q", "nc": "iso-8859-1",
        "t": """Sehr geehrte Frau Pölzl-Adeyemi,

im Anhang übermitteln wir Ihnen das Schreiben zum Ergebnis des Auswahlverfahrens für die Stelle "Sachbearbeitung E-Procurement" (LB-2026-014).

Bei Rückfragen steht Ihnen Frau Mag. Feichtinger unter ursula.feichtinger@landesbeschaffung.example.at gerne zur Verfügung.

Mit freundlichen Grüßen
Referat Personal
Steirische Landesbeschaffung
Burggasse 13, 8010 Graz

Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der vorgesehene Empfänger sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht.""",
        "pdf": ("LB-2026-014_Ergebnis.pdf", [
            "Steirische Landesbeschaffung - Referat Personal",
            "Graz, am 3. Maerz 2026",
            "Sehr geehrte Frau Poelzl-Adeyemi,",
            "nach Abschluss des Assessment-Centers muessen wir Ihnen mitteilen,",
            "dass Sie nicht in den Dreiervorschlag aufgenommen wurden.",
            "Wir danken fuer Ihre Teilnahme.",
        ]),
    },
    {
        "k": R, "s": "colleague_style_no", "l": "de", "co": "Tauschplatz",
        "ct": "bernhard.kos@tauschplatz.example.at", "id": "tp2", "re": "tp1",
        "f": ("Bernhard Kos", "bernhard.kos@tauschplatz.example.at"),
        "d": "2026-06-25 19:12 +0200",
        "sj": "Re: Kaffee am Donnerstag",
        "t": """Hey Miriam,

ich wollt's dir lieber selber sagen, bevor du's über die offizielle Schiene hörst: die Seller-Support-Stelle geht an jemanden aus Salzburg, der schon bei einem anderen Marktplatz gearbeitet hat. War knapp, ehrlich.

Ich halt dir die Augen offen, im Herbst kommt vermutlich noch was im Trust & Safety-Team.

Lg Bernhard

--
Bernhard Kos | Team Lead Seller Support | Tauschplatz""",
    },
    {
        "k": R, "s": "softgarden_cp1252", "l": "de", "co": "Linzer Lagerwelt", "ct": "",
        "f": ("Linzer Lagerwelt Recruiting", "noreply@softgarden.io"),
        "d": "2026-04-17 07:58 +0200",
        "sj": "Rückmeldung zu Ihrer Bewerbung – Disponent/in (m/w/d)",
        "cs": "windows-1252", "te": "qp", "se": "q", "sc": "windows-1252",
        "t": """Sehr geehrte Frau Pölzl-Adeyemi,

wir haben Ihre Unterlagen für die Position Disponent/in (m/w/d) mit Interesse gelesen. Leider entspricht Ihr Profil nicht in allen Punkten dem Anforderungsprofil, weshalb wir Ihnen heute eine Absage erteilen müssen.

Ihre Daten werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Mit besten Grüßen
Linzer Lagerwelt
Personalabteilung – Industriezeile 36 – 4020 Linz""",
    },
    {
        "k": R, "s": "workday_html_only", "l": "de", "co": "Nordkette Retail", "ct": "",
        "f": ("Nordkette Retail Karriere", "nordkette@myworkday.com"),
        "d": "2026-05-07 12:00 +0000",
        "sj": "Update zu Ihrer Bewerbung R-40418",
        "h": ats_card("Nordkette Retail", "#0f3d7a", paras("""Hallo Miriam,

danke für Ihr Interesse an der Stelle "E-Commerce Operations Specialist" (R-40418) in Innsbruck.

Wir haben die Bewerbungen sorgfältig geprüft und möchten Ihnen mitteilen, dass wir uns für andere Bewerber:innen entschieden haben.

Ihr Kandidatenprofil bleibt aktiv; Sie können sich jederzeit auf weitere Stellen bewerben.

Beste Grüße
Talent Acquisition Nordkette Retail"""), "Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht."),
    },
    {
        "k": R, "s": "headhunter_chain_alpenfrisch", "l": "de", "co": "Alpenfrisch Online",
        "ct": "georg.brunnhofer@brunnhofer-search.example.at", "id": "bf2", "re": "bf1",
        "f": ("Georg Brunnhofer", "georg.brunnhofer@brunnhofer-search.example.at"),
        "d": "2026-05-05 09:48 +0200",
        "sj": "AW: Termin Alpenfrisch Online – 21. April",
        "t": """Liebe Frau Pölzl-Adeyemi,

ich habe gestern das Feedback aus München bekommen. Herr Kellermann war von Ihrer Führungserfahrung an der Kassa sehr angetan, sieht aber für die Rolle zu wenig Berührung mit Marktplatz-Tools. Alpenfrisch wird Sie deshalb nicht in die zweite Runde einladen.

Ich rufe Sie am Donnerstag an, dann besprechen wir, wie wir das in Ihrem Profil besser herausarbeiten.

Beste Grüße
Georg Brunnhofer
Brunnhofer Executive Search · Herrengasse 3 · 8010 Graz
+43 316 82 90 11

""" + outlook("Georg Brunnhofer", "Dienstag, 14. April 2026 16:20", "Miriam Pölzl-Adeyemi",
              "Termin Alpenfrisch Online – 21. April", _brunn_prev, "de"),
    },
    {
        "k": R, "s": "smartrecruiters_via_after_interview", "l": "de", "co": "Isarpaket",
        "ct": "jana.vogt@isarpaket.example.de", "id": "ip5", "re": ["ip2", "ip4"],
        "f": ("Jana Vogt via SmartRecruiters", "noreply@smartrecruiters.com"),
        "rt": ("Jana Vogt", "jana.vogt@isarpaket.example.de"),
        "d": "2026-04-28 15:44 +0200",
        "sj": "Isarpaket: Ihre Bewerbung als Teamleitung Retourenmanagement",
        "t": """Hallo Frau Pölzl-Adeyemi,

nochmals danke, dass Sie den verschobenen Termin so flexibel wahrgenommen haben.

Nach Abstimmung im Team haben wir uns entschieden, die Position mit einer internen Kollegin aus dem Standort Garching zu besetzen, die das Retourenlager schon kennt. Wir können Ihnen daher kein Angebot machen.

Wir würden uns freuen, wenn Sie unsere Karriereseite im Blick behalten.

Viele Grüße
Jana Vogt
Recruiterin | Isarpaket
Landsberger Straße 302, 80687 München""",
    },
    {
        "k": R, "s": "limmatmarkt_disclaimer", "l": "de", "co": "Limmatmarkt", "ct": "",
        "id": "lm_ch2", "re": "lm_ch1",
        "f": ("Limmatmarkt HR", "limmatmarkt@successfactors.eu"),
        "d": "2026-08-19 09:00 +0200",
        "sj": "Ihre Kandidatur: Category Specialist Online (80-100%)",
        "te": "b64",
        "t": """Grüezi Frau Pölzl-Adeyemi

Besten Dank für Ihre Kandidatur als Category Specialist Online. Wir haben Ihr Dossier eingehend geprüft. Aufgrund der hohen Anzahl qualifizierter Bewerbungen sehen wir davon ab, Sie zu einem Gespräch einzuladen.

Freundliche Grüsse
Limmatmarkt Digital, Human Resources
Badenerstrasse 220, 8004 Zürich

Diese Nachricht und allfällige Anhänge sind vertraulich und ausschliesslich für den Adressaten bestimmt. Falls Sie diese Nachricht irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und löschen Sie die Nachricht.""",
    },
    # ---------------------------------------------------------------- English (8)
    {
        "k": R, "s": "lever_emona", "l": "en", "co": "Emona Parcel", "ct": "",
        "id": "em2", "re": "em1",
        "f": ("Emona Parcel", "no-reply@hire.lever.co"),
        "d": "2026-07-29 10:11 +0200",
        "sj": "Your application to Emona Parcel – Last-Mile Operations Coordinator",
        "t": """Hi Miriam,

Thanks for your patience while we reviewed applications for the Last-Mile Operations Coordinator role in Ljubljana.

We've now finished the first screening, and we won't be progressing your application further. The shortlist ended up weighted towards people with dispatch software experience in a courier setting.

We appreciate the time you invested and hope you'll consider us again.

Emona Parcel Talent Team""",
    },
    {
        "k": R, "s": "greenhouse_via_brightcart", "l": "en", "co": "Brightcart",
        "ct": "olivia.brandt@brightcart.example.de", "id": "bc4", "re": "bc3",
        "f": ("Olivia Brandt via Greenhouse", "no-reply@greenhouse-mail.io"),
        "rt": ("Olivia Brandt", "olivia.brandt@brightcart.example.de"),
        "d": "2026-05-14 17:26 +0200",
        "sj": "Brightcart – Marketplace Operations Associate",
        "t": """Hi Miriam,

I wanted to close the loop after your conversation with Felix last week. The team decided to go with a candidate whose background is closer to seller onboarding, so we will not be moving your application to the next step.

Thank you for the energy you brought to the call. Feel free to reply if you'd like a few lines of feedback.

Olivia
People Team, Brightcart
Sonnenstraße 19, 80331 Munich""",
        "h": ats_card("Brightcart", "#ff5a36", paras("""Hi Miriam,

I wanted to close the loop after your conversation with Felix last week. The team decided to go with a candidate whose background is closer to seller onboarding, so we will not be moving your application to the next step.

Thank you for the energy you brought to the call. Feel free to reply if you'd like a few lines of feedback.

Olivia
People Team, Brightcart
Sonnenstraße 19, 80331 Munich"""), "Sent via Greenhouse"),
    },
    {
        "k": R, "s": "icims_formal", "l": "en", "co": "Northgate Fulfilment", "ct": "",
        "f": ("Northgate Fulfilment Careers", "careers-northgate@icims.com"),
        "d": "2026-10-02 06:45 +0000",
        "sj": "Regarding your application (Req 2026-1187)",
        "t": """Dear Miriam Pölzl-Adeyemi,

Thank you for applying for Shift Supervisor - Inbound (Req 2026-1187) at our Munich-Freiham site.

After careful consideration, we regret to inform you that you have not been selected for this position. This decision is final for the current requisition.

We will keep your profile in our talent community for twelve months.

Sincerely,
Northgate Fulfilment Talent Acquisition

This mailbox is not monitored.""",
    },
    {
        "k": R, "s": "savica_quote_thanks", "l": "en", "co": "Savica Market",
        "ct": "nina.zupan@savica.example.si", "id": "sv2", "re": "sv1",
        "f": ("Nina Zupan", "nina.zupan@savica.example.si"),
        "d": "2026-06-22 13:05 +0200",
        "sj": "Re: Thank you – Operations Coordinator",
        "t": """Hi Miriam,

That's kind of you, and it was a pleasure for us too.

I'm sorry to say we've offered the position to someone else, mostly because they speak Slovenian and the role involves a lot of calls with local carriers. It had nothing to do with your warehouse knowledge, which impressed us.

All the best,
Nina Zupan
Head of Operations, Savica Market
Tržaška cesta 118, 1000 Ljubljana

""" + quote(_savica_thanks, "On Sat, 13 Jun 2026 at 08:22, Miriam Pölzl-Adeyemi <miriam.pa@example.at> wrote:"),
    },
    {
        "k": R, "s": "headcount_withdrawn", "l": "en", "co": "Ljubljanica Goods",
        "ct": "ales.kranjc@ljubljanica-goods.example.si", "id": "lg3", "re": "lg2",
        "f": ("Aleš Kranjc", "ales.kranjc@ljubljanica-goods.example.si"),
        "d": "2026-09-21 11:20 +0200",
        "sj": "Update on the E-commerce Ops Lead opening",
        "ne": "b",
        "t": """Dear Miriam,

Following up on the meeting I cancelled: our board has withdrawn the headcount for the E-commerce Ops Lead opening after the Q3 budget review. The role no longer exists, so the process ends here for everyone involved.

I know that's frustrating after the time you put in, and I apologise.

Kind regards,
Aleš Kranjc
COO, Ljubljanica Goods""",
    },
    {
        "k": R, "s": "terse_founder", "l": "en", "co": "Parcelnest",
        "ct": "tom@parcelnest.example.de", "id": "pn3", "re": "pn2",
        "f": ("Tom Berger", "tom@parcelnest.example.de"),
        "d": "2026-07-15 22:03 +0200",
        "sj": "Re: Sorry about Friday",
        "t": """Thanks Miriam - no worries about Friday, but we're going another way on this one. Good luck!

Tom""",
    },
    {
        "k": R, "s": "agency_relays_tivoli", "l": "en", "co": "Tivoli Home Delivery",
        "ct": "petra.novak@adriatic-staffing.example.si", "id": "ad4", "re": "ad3",
        "f": ("Petra Novak", "petra.novak@adriatic-staffing.example.si"),
        "d": "2026-06-12 16:40 +0200",
        "sj": "Tivoli Home Delivery - their decision",
        "t": """Hello Miriam,

Tivoli Home Delivery came back to me this afternoon. Since they couldn't reach you for the agreed call, they've continued with the two candidates they had already met and have now told me they won't be taking your application forward.

I'd still like to put you forward elsewhere; shall we speak on Monday?

Petra Novak
Senior Consultant
Adriatic Staffing | Dunajska cesta 51, 1000 Ljubljana | +386 1 430 22 17

CONFIDENTIALITY: This e-mail is intended only for the addressee. If you received it in error, please delete it and notify the sender.""",
    },
    {
        "k": R, "s": "bamboohr_short", "l": "en", "co": "Freimann Fulfilment", "ct": "",
        "f": ("Freimann Fulfilment", "notifications@bamboohr.com"),
        "d": "2026-09-30 09:30 +0000",
        "sj": "Freimann Fulfilment - Warehouse Team Lead",
        "h": paras("""Hello Miriam,

Thank you for your application for Warehouse Team Lead. The hiring team has reviewed it, and unfortunately it isn't a match for this opening at this time.

Best regards,
Freimann Fulfilment Recruiting"""),
    },
    # ---------------------------------------------------------------- French (4)
    {
        "k": R, "s": "teamtailor_bellecour", "l": "fr", "co": "Maison Bellecour",
        "ct": "", "id": "mb3", "re": "mb2",
        "f": ("Maison Bellecour", "no-reply@teamtailor-mail.com"),
        "d": "2026-06-19 10:30 +0200",
        "sj": "Votre candidature – Responsable préparation e-commerce",
        "t": """Bonjour Miriam,

Nous vous remercions pour l'intérêt que vous portez à Maison Bellecour.

Après examen de votre parcours, et faute d'avoir pu échanger lors du créneau prévu, nous ne donnerons pas suite à votre candidature pour le poste de Responsable préparation e-commerce.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Talents
Maison Bellecour""",
    },
    {
        "k": R, "s": "interim_relays_saone", "l": "fr", "co": "Saône Marketplace",
        "ct": "julien.marchal@interim-presquile.example.fr", "id": "iq3", "re": "iq2",
        "f": ("Julien Marchal", "julien.marchal@interim-presquile.example.fr"),
        "d": "2026-05-29 12:14 +0200",
        "sj": "Retour de Saône Marketplace",
        "ne": "q",
        "t": """Bonjour Miriam,

J'ai eu ce matin le retour de Saône Marketplace suite à votre entretien de mardi. Ils ont trouvé votre profil intéressant mais ont retenu une candidate qui maîtrise déjà leur back-office vendeurs ; ils ne souhaitent donc pas poursuivre avec vous pour cette mission.

On reste en contact, j'ai d'autres missions logistiques qui arrivent en juin.

Julien Marchal
Chargé de recrutement – Intérim Presqu'île
12 rue de la République, 69002 Lyon – 04 72 00 31 58""",
    },
    {
        "k": R, "s": "croixrousse_after_interview", "l": "fr", "co": "Croix-Rousse Épicerie en ligne",
        "ct": "claire.perrin@croixrousse-epicerie.example.fr", "id": "cr3", "re": "cr2",
        "f": ("Claire Perrin", "claire.perrin@croixrousse-epicerie.example.fr"),
        "d": "2026-05-06 18:02 +0200",
        "sj": "RE: Merci pour l'entretien",
        "cs": "iso-8859-1", "te": "8bit",
        "t": """Bonjour Miriam,

Merci pour votre message, c'est toujours agréable.

Après réflexion avec Antoine, nous avons choisi de confier le poste de cheffe d'équipe préparation à une personne déjà présente dans notre réseau de magasins. Ce n'est donc pas une suite favorable cette fois-ci.

Je garde votre CV précieusement.

Claire Perrin
Responsable des opérations
Croix-Rousse Épicerie en ligne, 4 place de la Croix-Rousse, 69004 Lyon

""" + quote(_cr_thanks, "Le 30 avr. 2026 à 12:41, Miriam Pölzl-Adeyemi <miriam.pa@example.at> a écrit :"),
    },
    {
        "k": R, "s": "lugdunum_internal", "l": "fr", "co": "Lugdunum Logistique",
        "ct": "s.giraud@lugdunum-logistique.example.fr", "id": "ll2", "re": "ll1",
        "f": ("Sophie Giraud", "s.giraud@lugdunum-logistique.example.fr"),
        "d": "2026-07-16 09:25 +0200",
        "sj": "Poste de coordinatrice transport",
        "t": """Madame,

Je reviens vers vous concernant le poste de coordinatrice transport à Vénissieux. Le poste a finalement été pourvu en interne par mutation d'une collaboratrice de notre site de Villeurbanne. Le processus de recrutement externe est donc clos.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Sophie Giraud
Ressources humaines – Lugdunum Logistique
Tél. 04 78 70 12 90""",
    },
    # ---------------------------------------------------------------- Spanish (4)
    {
        "k": R, "s": "workable_carrito", "l": "es", "co": "Carrito Castellano", "ct": "",
        "id": "cc5", "re": "cc4",
        "f": ("Carrito Castellano", "noreply@workablemail.com"),
        "d": "2026-03-02 10:00 +0100",
        "sj": "Actualización sobre tu candidatura en Carrito Castellano",
        "t": """Hola Miriam:

Gracias por participar en el proceso para Coordinadora de Operaciones E-commerce.

Tras la entrevista reprogramada, el equipo ha valorado todas las candidaturas y hemos decidido seguir adelante con otras personas. Lamentamos no traerte mejores noticias.

Te deseamos mucha suerte.

Equipo de Personas · Carrito Castellano
Enviado con Workable""",
        "h": ats_card("Carrito Castellano", "#c0392b", paras("""Hola Miriam:

Gracias por participar en el proceso para Coordinadora de Operaciones E-commerce.

Tras la entrevista reprogramada, el equipo ha valorado todas las candidaturas y hemos decidido seguir adelante con otras personas. Lamentamos no traerte mejores noticias.

Te deseamos mucha suerte.

Equipo de Personas · Carrito Castellano"""), "Enviado con Workable"),
    },
    {
        "k": R, "s": "agency_unnamed_es", "l": "es", "co": "Talento Temporal",
        "ct": "lucia.herrero@talentotemporal.example.es", "id": "tt3", "re": "tt2",
        "f": ("Lucía Herrero", "lucia.herrero@talentotemporal.example.es"),
        "d": "2026-04-30 13:50 +0200",
        "sj": "Sobre la entrevista con nuestro cliente",
        "ne": "b", "cs": "iso-8859-1", "te": "qp",
        "t": """Hola Miriam:

Te escribo para contarte que nuestro cliente, la cadena de supermercados online con la que hablaste el martes, ha cerrado el proceso y no va a contar contigo para la vacante de jefa de turno. Buscaban a alguien con carné de carretilla.

Seguimos trabajando en tu perfil; te aviso en cuanto tenga algo.

Lucía Herrero
Consultora · Talento Temporal ETT
C/ Alcalá 145, 28009 Madrid · 91 431 77 20""",
    },
    {
        "k": R, "s": "manzanares_cancelled", "l": "es", "co": "Logística Manzanares",
        "ct": "javier.ortega@manzanares-logistica.example.es", "id": "lz2", "re": "lz1",
        "f": ("Javier Ortega", "javier.ortega@manzanares-logistica.example.es"),
        "d": "2026-05-25 08:40 +0200",
        "sj": "Proceso de selección Responsable de Almacén",
        "t": """Buenos días, Miriam:

Le informo de que la vacante de Responsable de Almacén en Getafe ha quedado anulada: la empresa ha decidido no abrir el segundo turno previsto y, por tanto, el proceso se cancela sin incorporación.

Agradecemos mucho su interés y el tiempo dedicado.

Atentamente,
Javier Ortega
Dpto. de Recursos Humanos
Logística Manzanares · Polígono Los Olivos, 28906 Getafe""",
    },
    {
        "k": R, "s": "lavapies_quote_thanks", "l": "es", "co": "Lavapiés Market",
        "ct": "diego.sanz@lavapies.example.es",
        "f": ("Diego Sanz", "diego.sanz@lavapies.example.es"),
        "d": "2026-06-09 19:33 +0200",
        "sj": "Re: Gracias por la entrevista",
        "t": """¡Hola Miriam!

Gracias a ti por venir. Te soy sincero: al final nos hemos quedado con una persona del barrio que ya conocía a nuestros repartidores, así que esta vez no va a poder ser.

Un abrazo y mucho ánimo,
Diego

""" + quote(_lav_thanks, "El lun, 8 jun 2026 a las 10:05, Miriam Pölzl-Adeyemi (<miriam.pa@example.at>) escribió:"),
    },
]

assert all(m["k"] == R for m in MESSAGES)
_ = (CAND, SIG_DE)
