"""Corpus 149: interview invitations, reschedules/cancellations and missed-interview notices."""

# ruff: noqa: C408  (each message is a dict(...) spec written by hand)

from __future__ import annotations

from msgs149_common import (
    CANDIDATE,
    am_schrieb,
    ats_card,
    forwarded,
    le_ecrit,
    on_wrote,
    outlook_block,
    outlook_word,
    paras,
    word_lines,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ====================================================================== interview_invitation

# ---------------------------------------------------------------- German (12)

# --- T1 Alpenmilch: Workday scheduling link ---------------------------------------------------------
_t = """Guten Tag Luca Baumgartner-Rossi

Gute Neuigkeiten: Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch für die Stelle Spezialist/in Qualitätssicherung Milchverarbeitung (JR-2026-0147) ein.

Bitte wählen Sie über den untenstehenden Link einen der angebotenen Termine (27. bis 29. Januar, jeweils vor Ort in Bern). Das Gespräch dauert rund 75 Minuten und beinhaltet eine kurze Betriebsbesichtigung.

Gesprächspartnerinnen: Sandra Imhof (HR) und Dr. Eva Nydegger (Leiterin Qualität)

Freundliche Grüsse
Ihr Recruiting-Team der Alpenmilch AG"""
add(dict(
    kind="interview_invitation", name="alpenmilch_workday_terminwahl", company="Alpenmilch",
    contact="", lang="de", tid="alp2", parent="alp1",
    frm=("Alpenmilch Karriere", "alpenmilch@myworkday.com"),
    subject="Einladung zum Vorstellungsgespräch – bitte Termin wählen",
    date="2026-01-20 08:15 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t + "\n\nTermin auswählen: https://alpenmilch.wd3.myworkday.com/alpenmilch/d/inst/interview/8821",
    html=ats_card("Alpenmilch AG · Karriere", "#2b6cb0", paras(_t),
                  "Alpenmilch AG, Laupenstrasse 40, 3008 Bern · Powered by Workday",
                  ("Termin auswählen",
                   "https://alpenmilch.wd3.myworkday.com/alpenmilch/d/inst/interview/8821"),
                  lang="de"),
))

# --- T6 Kantonslabor: assessment centre with calendar REQUEST (iso-8859-1 text) -----------------------
add(dict(
    kind="interview_invitation", name="kantonslabor_assessment", company="Kantonslabor Mittelland",
    contact="brigitte.schaerer@kantonslabor-mittelland.example.ch", lang="de", tid="kl2",
    parent="kl1",
    frm=("Brigitte Schärer", "brigitte.schaerer@kantonslabor-mittelland.example.ch"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Einladung Assessment Lebensmittelinspektor/in",
    charset="iso-8859-1", cte="qp",
    date="2026-05-04 14:10 +0200",
    text="""Sehr geehrter Herr Baumgartner-Rossi

Die Auswahlkommission hat Ihr Dossier geprüft und freut sich, Sie zum halbtägigen Assessment einzuladen:

Datum: Dienstag, 12. Mai 2026, 08:00 bis 12:30 Uhr
Ort: Kantonslabor Mittelland, Bahnhofplatz 7, Solothurn, Sitzungszimmer 3.14

Programm: Fallstudie Betriebskontrolle (schriftlich), Rollenspiel Kontrollgespräch mit einem Betriebsinhaber, Interview mit der Kommission.

Bitte bringen Sie einen amtlichen Ausweis mit und bestätigen Sie Ihre Teilnahme über die Kalendereinladung.

Freundliche Grüsse

Brigitte Schärer
Personaldienst
Kantonslabor Mittelland
Tel. +41 32 627 18 40""",
    ics=[dict(method="REQUEST", uid="kl-assessment-26118@kantonslabor-mittelland.example.ch", seq=0,
              stamp="20260504T121000Z", start="20260512T080000", end="20260512T123000",
              summary="Assessment Lebensmittelinspektor/in - L. Baumgartner-Rossi",
              location="Kantonslabor Mittelland, Bahnhofplatz 7, Solothurn, Raum 3.14",
              organizer=("Brigitte Schärer",
                         "brigitte.schaerer@kantonslabor-mittelland.example.ch"))],
))

# --- T7 Isartaler (Personio, Reply-To human) ------------------------------------------------------
add(dict(
    kind="interview_invitation", name="isartaler_personio_einladung", company="Isartaler Feinkost",
    contact="katrin.vogl@isartaler.example.de", lang="de", tid="isa2", parent="isa1",
    frm=("Katrin Vogl via Personio", "noreply@personio.de"),
    reply_to=("Katrin Vogl", "katrin.vogl@isartaler.example.de"),
    subject="Einladung zum Kennenlernen bei Isartaler Feinkost",
    date="2026-05-18 11:02 +0200",
    text="""Hallo Luca,

wir haben uns deine Bewerbung angeschaut und möchten dich gerne kennenlernen!

Magst du am Mittwoch, 27. Mai, um 14:00 Uhr zu uns nach Garching kommen? Du sprichst mit mir und mit Florian Huber, unserem Produktionsleiter. Plane etwa anderthalb Stunden ein, wir zeigen dir auch die Manufaktur.

Falls der Termin nicht passt, antworte einfach auf diese Mail – sie landet direkt bei mir.

Bis bald
Katrin Vogl
People & Culture, Isartaler Feinkost GmbH
Tel. +49 89 3209 4417""",
))

# --- T10 Seeblick: recruiter phone-screen ask ---------------------------------------------------------
add(dict(
    kind="interview_invitation", name="seeblick_telefoninterview", company="Seeblick Hotels",
    contact="fabienne.zurbriggen@seeblick-hotels.example.ch", lang="de", tid="sb1",
    frm=("Fabienne Zurbriggen", "fabienne.zurbriggen@seeblick-hotels.example.ch"),
    subject="Ihre Bewerbung Qualitäts- und Hygienemanager/in F&B – kurzes Telefonat?",
    subj_enc=("utf-8", "Q"),
    date="2026-07-06 09:40 +0200",
    text="""Grüezi Herr Baumgartner-Rossi

Vielen Dank für Ihre Bewerbung. Bevor wir die Gespräche mit unserer Direktion planen, würde ich gerne ein erstes Telefoninterview von etwa 30 Minuten mit Ihnen führen.

Würde es Ihnen am Freitag, 10. Juli, um 10:00 Uhr passen? Ich würde Sie unter der Nummer in Ihrem Lebenslauf anrufen.

Freundliche Grüsse
Fabienne Zurbriggen
Talent Acquisition Manager
Seeblick Hotels AG | Haldenstrasse 10 | 6006 Luzern
T +41 41 418 77 03""",
))

# --- T4 Talentis: head-hunter sets up the client interview ------------------------------------------
add(dict(
    kind="interview_invitation", name="talentis_rheinkorn_gespraech", company="Rheinkorn Mühlen",
    contact="simon.wyss@talentis.example.ch", lang="de", tid="tal2", parent="tal1",
    frm=("Simon Wyss", "simon.wyss@talentis.example.ch"),
    subject="Gespräch bei Rheinkorn Mühlen – 1. April",
    subj_enc=("utf-8", "Q"),
    date="2026-03-24 12:30 +0100",
    text="""Lieber Herr Baumgartner-Rossi

Jetzt darf ich den Namen nennen: Mein Mandant ist die Rheinkorn Mühlen AG in Basel. Man möchte Sie für die Stelle Leiter/in Qualitätssicherung gerne persönlich treffen.

Termin: Mittwoch, 1. April 2026, 13:30 Uhr
Ort: Rheinkorn Mühlen AG, Hafenstrasse 25, 4057 Basel (Empfang Verwaltungsgebäude)
Teilnehmende: Ueli Brand (COO) und Sabine Keller (HR)

Ich rufe Sie am Montag an, um Sie auf das Gespräch vorzubereiten. Bitte bestätigen Sie mir kurz per Mail.

Beste Grüsse
Simon Wyss
Talentis AG · +41 61 511 72 90""",
))

# --- T13 Zuger Frischküche: trial day ------------------------------------------------------------
add(dict(
    kind="interview_invitation", name="zuger_frischkueche_probetag", company="Zuger Frischküche",
    contact="thomas.meier@zugerfrisch.example.ch", lang="de", tid="zfk1",
    frm=("Meier Thomas", "thomas.meier@zugerfrisch.example.ch"),
    subject="Einladung Probetag 8. September",
    date="2026-09-01 09:12 +0200",
    text="""Guten Tag Herr Baumgartner-Rossi

Wir freuen uns, Sie zu einem Probetag am Dienstag, 8. September, 6:30 Uhr, in unserer Produktion einzuladen. Bitte bringen Sie geschlossene Schuhe mit; Arbeitskleidung stellen wir.

Sie begleiten an diesem Tag unsere QS-Mitarbeiterin bei Wareneingangskontrolle, CCP-Überwachung der Kochlinie und Hygienerundgang. Um 14 Uhr setzen wir uns zu einem Abschlussgespräch zusammen.

Freundliche Grüsse
Thomas Meier
Leiter Qualität & Produktion
Zuger Frischküche AG
Industriestrasse 44, 6300 Zug""",
))

# --- T26 Kühlhaus Rümlang: casual "free Thursday?" -----------------------------------------------
add(dict(
    kind="interview_invitation", name="kuehlhaus_donnerstag_frei", company="Kühlhaus Rümlang",
    contact="patrick.senn@kuehlhaus-ruemlang.example.ch", lang="de", tid="kr1",
    frm=("Patrick Senn", "patrick.senn@kuehlhaus-ruemlang.example.ch"),
    subject="Kühlkette / QS-Stelle",
    subj_enc=("utf-8", "B"),
    date="2026-09-15 20:05 +0200",
    text="""Hallo Herr Baumgartner-Rossi

Ich bin über Ihr Dossier gestolpert, das uns Frau Keller weitergeleitet hat. Hätten Sie am Donnerstag Zeit für einen Austausch am Telefon über unsere offene QS-Stelle? Ich würde Sie gegen 10 Uhr anrufen, dauert nicht länger als eine halbe Stunde.

Gruss
Patrick Senn
Betriebsleiter
Kühlhaus Rümlang AG · Riedmattstrasse 9 · 8153 Rümlang · 044 817 30 60""",
))

# --- T12 Aaregold: panel invite with calendar REQUEST (Outlook HTML) ---------------------------------
_t = """Sehr geehrter Herr Baumgartner-Rossi

Gerne laden wir Sie zu einem Gespräch mit unserem Panel für die Stelle Leiter/in Hygiene Aarberg ein.

Datum: Dienstag, 25. August 2026
Zeit: 09:30 – 11:00 Uhr
Ort: Aaregold Schokoladen AG, Industriestrasse 14, 3270 Aarberg

Das Panel besteht aus Markus Lehmann (Personal), Claudia Streit (Werkleitung) und Dr. Jan Koller (Qualität). Bitte bereiten Sie eine kurze Präsentation (10 Minuten) zum Thema «Hygienekonzept nach einem Schädlingsbefall» vor.

Freundliche Grüsse
Markus Lehmann
Leiter Personal"""
add(dict(
    kind="interview_invitation", name="aaregold_panel_kalender", company="Aaregold Schokoladen",
    contact="markus.lehmann@aaregold.example.ch", lang="de", tid="ag1",
    frm=("Markus Lehmann", "markus.lehmann@aaregold.example.ch"),
    subject="Einladung: Panelgespräch Leiter/in Hygiene",
    date="2026-08-17 15:22 +0200",
    text=_t,
    html=outlook_word(word_lines(_t), "de"),
    ics=[dict(method="REQUEST", uid="040000008200E00074C5B7101A82E008000000005A1C@aaregold.example.ch",
              seq=0, stamp="20260817T132200Z", start="20260825T093000", end="20260825T110000",
              summary="Panelgespräch Leiter/in Hygiene - Baumgartner-Rossi",
              location="Aarberg, Industriestrasse 14, Sitzungszimmer Kakao",
              organizer=("Markus Lehmann", "markus.lehmann@aaregold.example.ch"),
              attendees=[CANDIDATE, ("Claudia Streit", "claudia.streit@aaregold.example.ch")])],
))

# --- T22 Gastro Personal Plus: agency sets up a client interview -------------------------------
add(dict(
    kind="interview_invitation", name="gastroplus_limmatblick_vorstellung", company="Hotel Limmatblick",
    contact="nadine.keller@gastroplus.example.ch", lang="de", tid="gpp2", parent="gpp1",
    frm=("Nadine Keller | Gastro Personal Plus", "nadine.keller@gastroplus.example.ch"),
    subject="Vorstellungstermin Hotel Limmatblick",
    date="2026-01-27 10:05 +0100",
    text="""Grüezi Herr Baumgartner-Rossi

Das Hotel Limmatblick möchte Sie für die Festanstellung als Hygiene- und Qualitätsverantwortlicher (Küche & Bankett) kennenlernen.

Vorstellungsgespräch mit dem Executive Chef, Herrn Stefan Bolliger:
Montag, 2. Februar 2026, 15:00 Uhr
Hotel Limmatblick, Limmatquai 88, 8001 Zürich – bitte an der Réception nach Herrn Bolliger fragen.

Bitte geben Sie mir bis morgen Bescheid, ob das klappt. Ich begleite Sie nicht vor Ort, rufe Sie aber danach für ein Debriefing an.

Freundliche Grüsse
Nadine Keller
Gastro Personal Plus AG
T +41 44 455 20 31""",
))

# --- Milchwerk Ammersee: Teams interview -----------------------------------------------------------
add(dict(
    kind="interview_invitation", name="milchwerk_teams_einladung", company="Milchwerk Ammersee",
    contact="j.hartl@milchwerk-ammersee.example.de", lang="de", tid="mwa1",
    frm=("Johanna Hartl", "j.hartl@milchwerk-ammersee.example.de"),
    subject="Videointerview Hygiene- und Qualitätskoordinator",
    date="2026-06-01 13:45 +0200",
    text="""Sehr geehrter Herr Baumgartner-Rossi,

vielen Dank für Ihre Bewerbung. Da Sie derzeit noch in Zürich arbeiten, schlagen wir für das erste Gespräch ein Videointerview vor:

Dienstag, 9. Juni 2026, 09:00 Uhr (MESZ)
Microsoft Teams: https://teams.example.com/l/meetup-join/19%3ameeting_MWA0609

Teilnehmen werden ich und unser Werkleiter, Herr Georg Pfister. Bitte testen Sie vorab Kamera und Mikrofon.

Mit freundlichen Grüssen
Johanna Hartl
Personalleitung
Milchwerk Ammersee GmbH
Tel. +49 8152 90 33 12""",
))

# --- T25 SkyMeal: panel with calendar REQUEST + attached .ics ----------------------------------------
add(dict(
    kind="interview_invitation", name="skymeal_panel_ics", company="SkyMeal",
    contact="dani.gerber@skymeal.example.ch", lang="de", tid="sky1",
    frm=("Dani Gerber", "dani.gerber@skymeal.example.ch"),
    subject="Einladung: Gespräch QS-Spezialist Airline Catering",
    date="2026-10-05 08:20 +0200",
    text="""Hallo Luca

Wie am Telefon besprochen schicke ich dir die Einladung für das Gespräch in Kloten. Wir sind zu dritt: ich, unser Produktionsleiter Kevin und jemand aus dem Hygieneteam.

Mittwoch, 14. Oktober, 10:00–11:30, SkyMeal AG, Flughafenstrasse 61, Gebäude C, 2. Stock

Nimm bitte einen Ausweis mit, wir müssen dich für den Sicherheitsbereich anmelden.

Liebe Grüsse
Dani""",
    ics=[dict(method="REQUEST", uid="sky-qs-20261014@skymeal.example.ch", seq=0,
              stamp="20261005T062000Z", start="20261014T100000", end="20261014T113000",
              summary="Gespräch QS-Spezialist Airline Catering",
              location="SkyMeal AG, Flughafenstrasse 61, Gebäude C, Kloten",
              organizer=("Daniela Gerber", "dani.gerber@skymeal.example.ch"), attach=True)],
))

# --- T24 Vegiwerk: invite in reply to the application (base64) ----------------------------------------
add(dict(
    kind="interview_invitation", name="vegiwerk_kennenlernen", company="Vegiwerk",
    contact="noemi.frei@vegiwerk.example.ch", lang="de", tid="veg2", parent="veg1",
    frm=("Noemi Frei", "noemi.frei@vegiwerk.example.ch"),
    subject="Re: Bewerbung QS-Verantwortlicher Produktion",
    date="2026-03-02 07:58 +0100",
    cte="b64",
    text="""Grüezi Herr Baumgartner-Rossi

Danke für Ihr Dossier, das uns sehr angesprochen hat. Gerne möchten wir Sie kennenlernen: Hätten Sie am Montag, 9. März, um 16:00 Uhr Zeit, zu uns nach Winterthur zu kommen? Nach dem Gespräch zeigen wir Ihnen die Tofu- und Tempehproduktion.

Bitte bestätigen Sie kurz, ob der Termin passt.

Freundliche Grüsse
Noemi Frei
Co-Geschäftsführerin, Vegiwerk AG

""" + am_schrieb("23.02.2026 um 21:14", "Luca Baumgartner-Rossi", CANDIDATE[1],
                  """Sehr geehrte Damen und Herren

Mit grossem Interesse habe ich Ihr Inserat für die Stelle QS-Verantwortlicher Produktion gelesen. Im Anhang finden Sie mein Dossier.

Freundliche Grüsse
Luca Baumgartner-Rossi"""),
))

# ---------------------------------------------------------------- French (6)

# --- T2 Nutrivalor: invite with calendar REQUEST --------------------------------------------------
add(dict(
    kind="interview_invitation", name="nutrivalor_entretien_ics", company="Nutrivalor",
    contact="sophie.girardin@nutrivalor.example.ch", lang="fr", tid="nut2", parent="nut1",
    frm=("Sophie Girardin", "sophie.girardin@nutrivalor.example.ch"),
    subject="Invitation à un entretien – Responsable Assurance Qualité Production",
    subj_enc=("utf-8", "B"),
    date="2026-02-10 10:12 +0100",
    text="""Bonjour Monsieur Baumgartner-Rossi,

Votre candidature a retenu toute notre attention et nous souhaiterions vous rencontrer pour un premier entretien.

Date : mercredi 18 février 2026 à 10h00
Lieu : Nutrivalor SA, Route des Jeunes 12, 1227 Carouge (bâtiment B, réception)
Interlocuteurs : Marc Dufaux, Directeur de production, et moi-même

Vous trouverez ci-joint l'invitation à ajouter à votre agenda. Merci de la confirmer.

Meilleures salutations,

Sophie Girardin
Responsable Ressources Humaines
Nutrivalor SA
+41 22 309 44 10""",
    ics=[dict(method="REQUEST", uid="nutrivalor-raq-0218@nutrivalor.example.ch", seq=0,
              stamp="20260210T091200Z", start="20260218T100000", end="20260218T113000",
              summary="Entretien RAQ Production - L. Baumgartner-Rossi",
              location="Nutrivalor SA, Route des Jeunes 12, Carouge",
              organizer=("Sophie Girardin", "sophie.girardin@nutrivalor.example.ch"))],
))

# --- T8 Fromagerie du Léman: trial day ---------------------------------------------------------------
add(dict(
    kind="interview_invitation", name="fromagerie_leman_journee_essai", company="Fromagerie du Léman",
    contact="isabelle.rochat@fromagerie-leman.example.ch", lang="fr", tid="fl1",
    frm=("Isabelle Rochat", "isabelle.rochat@fromagerie-leman.example.ch"),
    subject="Journée d'essai à la fromagerie",
    subj_enc=("utf-8", "Q"),
    date="2026-06-15 17:30 +0200",
    text="""Bonjour Monsieur Baumgartner-Rossi,

Suite à notre conversation téléphonique, je vous propose de venir passer une journée d'essai avec nous le mardi 23 juin, de 7h à 16h. Vous suivrez notre responsable qualité dans ses contrôles de réception du lait, en cave et au conditionnement.

Prévoyez des chaussures de sécurité ; nous fournissons blouse et charlotte. Le repas de midi est offert.

Merci de me confirmer votre venue.

Isabelle Rochat
Directrice
Fromagerie du Léman SA
Chemin du Port 5, 1007 Lausanne
021 617 40 22""",
))

# --- T11 Qualisûr: interview in Lyon ---------------------------------------------------------------
add(dict(
    kind="interview_invitation", name="qualisur_entretien_lyon", company="Qualisûr",
    contact="elodie.marchand@qualisur.example.fr", lang="fr", tid="qs2", parent="qs1",
    frm=("Élodie Marchand", "elodie.marchand@qualisur.example.fr"),
    frm_enc=("utf-8", "B"),
    subject="Entretien auditeur junior – Qualisûr",
    subj_enc=("utf-8", "Q"),
    date="2026-08-11 09:05 +0200",
    text="""Bonjour Monsieur Baumgartner-Rossi,

Le responsable du pôle audits, M. Karim Benali, souhaite vous rencontrer. Je vous propose un entretien dans nos locaux de Gerland le jeudi 20 août à 14h30, d'une durée d'environ une heure, suivi d'une visite du laboratoire de microbiologie.

Pourriez-vous me confirmer votre disponibilité ? En cas d'empêchement, n'hésitez pas à me proposer d'autres créneaux.

Bien cordialement,

Élodie Marchand
Chargée de recrutement
Qualisûr SAS – 14 rue de Gerland, 69007 Lyon""",
))

# --- T14 Adéquat: agency sets up the client interview (Biscuiterie) -------------------------------
add(dict(
    kind="interview_invitation", name="adequat_biscuiterie_entretien", company="Biscuiterie Vaudoise",
    contact="camille.perroud@adequat.example.ch", lang="fr", tid="adq2", parent="adq1",
    frm=("Camille Perroud", "camille.perroud@adequat.example.ch"),
    subject="Entretien chez notre client à Vevey",
    date="2026-02-03 16:40 +0100",
    text="""Bonjour Luca,

Bonne nouvelle : la Biscuiterie Vaudoise a lu votre dossier et souhaite vous rencontrer pour le poste de coordinateur qualité en production (CDI).

Entretien avec M. Olivier Cuendet, directeur de site :
mercredi 11 février à 9h00
Biscuiterie Vaudoise SA, Rue des Remparts 3, 1800 Vevey

Je vous envoie demain un petit dossier de préparation sur l'entreprise. Pouvez-vous me confirmer que l'horaire vous convient ?

Camille Perroud
Conseillère en personnel – Industrie alimentaire
Adéquat Intérim SA – +41 21 310 55 62""",
))

# --- T15 HCR: casual "un café jeudi ?" ------------------------------------------------------------
add(dict(
    kind="interview_invitation", name="hcr_cafe_jeudi", company="Hygiène Conseil Romandie",
    contact="julien.favre@hcr.example.ch", lang="fr", tid="hcr1",
    frm=("Julien Favre", "julien.favre@hcr.example.ch"),
    subject="Un appel jeudi ?",
    date="2026-04-08 21:33 +0200",
    text="""Salut Luca,

Sandrine m'a transmis ton CV – un sous-chef qui veut passer côté audit, ça nous parle ! Tu serais dispo jeudi à 10h pour un appel d'une demi-heure ? On te présentera le poste de consultant junior et tu nous raconteras ton parcours.

Je t'appelle sur ton portable si ça te va.

À+
Julien
Hygiène Conseil Romandie""",
))

# --- T16 Bressanes: video interview -------------------------------------------------------------------
add(dict(
    kind="interview_invitation", name="bressanes_visio", company="Charcuteries Bressanes",
    contact="laure.chanel@bressanes.example.fr", lang="fr", tid="bre1",
    frm=("Service RH - Charcuteries Bressanes", "rh@bressanes.example.fr"),
    reply_to=("Laure Chanel", "laure.chanel@bressanes.example.fr"),
    subject="Convocation entretien visio - Responsable qualité site de Bourg",
    date="2026-05-12 11:18 +0200",
    cte="qp",
    text="""Monsieur,

Nous avons le plaisir de vous convier à un entretien en visioconférence pour le poste de Responsable qualité de notre site de Bourg-en-Bresse.

Date : mardi 19 mai 2026, 8h30
Lien : https://meet.example.com/bressanes-rq-0519
Participants : M. Pascal Vuillermoz, directeur industriel ; Mme Laure Chanel, RH

Pour toute question, répondez à ce message : il sera transmis à Mme Chanel.

Service Ressources Humaines
Charcuteries Bressanes SAS – ZI Nord, 01000 Bourg-en-Bresse""",
))

# ---------------------------------------------------------------- English (5)

# --- T3 Kestrel: Greenhouse scheduling link -------------------------------------------------------
_t = """Hi Luca,

Thanks again for your interest in the Group Food Safety Coordinator role. I'd love to set up a 30-minute phone screen to learn more about your background.

Please use the link below to pick a time that works for you. The call will be with me, and I'll ring the number on your CV.

Looking forward to speaking!

Hannah Price
Talent Partner, Kestrel Hotels"""
add(dict(
    kind="interview_invitation", name="kestrel_greenhouse_phone_screen", company="Kestrel Hotels",
    contact="hannah.price@kestrelhotels.example.co.uk", lang="en", tid="kes2", parent="kes1",
    frm=("Hannah Price via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Hannah Price", "hannah.price@kestrelhotels.example.co.uk"),
    subject="Kestrel Hotels – let's schedule a call",
    subj_enc=("utf-8", "Q"),
    date="2026-03-09 11:20 +0000",
    text=_t + "\n\nSchedule here: https://app.greenhouse.io/scheduling/kestrel/7f2c91",
    html=ats_card("Kestrel Hotels", "#1f3a5f", paras(_t), "Kestrel Hotels Ltd · via Greenhouse",
                  ("Pick a time", "https://app.greenhouse.io/scheduling/kestrel/7f2c91"), lang="en"),
))

# --- T9 FreshBox: Ashby scheduling ---------------------------------------------------------------
add(dict(
    kind="interview_invitation", name="freshbox_ashby_video_interview", company="FreshBox",
    contact="priya.nair@freshbox.example.ch", lang="en", tid="fb2", parent="fb1",
    frm=("Priya Nair", "no-reply@ashbyhq.com"),
    reply_to=("Priya Nair", "priya.nair@freshbox.example.ch"),
    subject="Interview invitation: Food Safety & Quality Lead at FreshBox",
    date="2026-03-03 15:50 +0100",
    html=ats_card("FreshBox", "#ff6f3c", paras("""Hi Luca,

Great news – we'd like to invite you to a 45-minute video interview with me and Jonas, our Head of Operations.

Choose any slot between 9 and 13 March using the button below. You'll get a Google Meet link as soon as you book.

Talk soon,
Priya Nair
People Lead, FreshBox"""), "FreshBox AG · Sent with Ashby",
                  ("Book your interview", "https://jobs.ashbyhq.com/freshbox/schedule/4b1e"),
                  lang="en"),
))

# --- T17 Harbour Search: client interview at Ashgrove ---------------------------------------------
add(dict(
    kind="interview_invitation", name="harbour_ashgrove_interview", company="Ashgrove Dairies",
    contact="tom.ellery@harboursearch.example.co.uk", lang="en", tid="hs2", parent="hs1",
    frm=("Tom Ellery", "tom.ellery@harboursearch.example.co.uk"),
    subject="Interview with Ashgrove Dairies – Friday 22 May",
    subj_enc=("utf-8", "Q"),
    date="2026-05-13 14:05 +0100",
    text="""Hi Luca,

Good news: Ashgrove Dairies would like to meet you for the Technical Coordinator role at their Hertfordshire creamery.

Friday 22 May, 11:00–12:00 UK time, on Microsoft Teams (link to follow from their HR team)
Interviewers: Gemma Hollis, Technical Manager; Raj Patel, Site Manager

They'll go through your HACCP experience and ask a couple of scenario questions about a positive Listeria swab. I'll call you on Wednesday to prep.

Tom
Harbour Search | 020 7946 0318""",
))

# --- T19 Thameside: assessment centre (Lever, multipart) ---------------------------------------------
_t = """Hi Luca,

Thank you for your application for Technical Officer – Chilled Ready Meals. We'd like to invite you to our assessment day at our Dagenham site.

Date: Thursday 30 July 2026, 09:00–15:00
Address: Thameside Foods, Chequers Lane, Dagenham RM9 6QD

The day includes a site tour, a group exercise on a customer complaint, a written HACCP task and a one-to-one interview with the Technical Manager. Lunch is provided; please bring photo ID and wear flat, closed shoes.

Please confirm your attendance using the link below.

Best wishes,
Thameside Foods Recruitment"""
add(dict(
    kind="interview_invitation", name="thameside_assessment_day", company="Thameside Foods",
    contact="", lang="en", tid="tf2", parent="tf1",
    frm=("Thameside Foods", "no-reply@hire.lever.co"),
    subject="Invitation: Assessment day – Technical Officer",
    subj_enc=("utf-8", "B"),
    date="2026-07-21 10:30 +0100",
    text=_t + "\n\nConfirm: https://jobs.lever.co/thameside/confirm/0a7d",
    html=ats_card("Thameside Foods", "#14532d", paras(_t), "Sent via Lever",
                  ("Confirm attendance", "https://jobs.lever.co/thameside/confirm/0a7d"), lang="en"),
))

# --- T18 Camden Kitchen Collective: casual ---------------------------------------------------------
add(dict(
    kind="interview_invitation", name="camden_free_thursday", company="Camden Kitchen Collective",
    contact="ollie@camdenkitchen.example.co.uk", lang="en", tid="ckc1",
    frm=("Ollie Brandt", "ollie@camdenkitchen.example.co.uk"),
    subject="Free Thursday for a chat?",
    date="2026-06-16 18:02 +0100",
    text="""Hi Luca,

Got your note about the food safety job – cheers. Are you free Thursday for a chat? Video call at 4pm UK time works for me; it'd just be me and our head chef, nothing formal.

Ollie
Founder, Camden Kitchen Collective""",
))

# ---------------------------------------------------------------- Spanish (3)

# --- T5 Miramar: interview with calendar REQUEST ---------------------------------------------------
add(dict(
    kind="interview_invitation", name="miramar_entrevista", company="Conservas Miramar",
    contact="marta.puig@conservasmiramar.example.es", lang="es", tid="mir2", parent="mir1",
    frm=("Marta Puig", "marta.puig@conservasmiramar.example.es"),
    subject="Entrevista Técnico/a de Calidad – Conservas Miramar",
    subj_enc=("utf-8", "Q"),
    date="2026-04-14 10:40 +0200",
    text="""Hola Luca:

Nos ha gustado mucho tu perfil y queremos conocerte. Te proponemos una entrevista presencial en la planta de Badalona el martes 21 de abril a las 10:00, con Jordi Soler, jefe de Calidad, y conmigo.

Te adjunto la convocatoria para tu calendario. Si no puedes a esa hora, dímelo y buscamos otro hueco.

Un saludo,
Marta Puig
Recursos Humanos - Conservas Miramar S.L.""",
    ics=[dict(method="REQUEST", uid="miramar-tecal-0421@conservasmiramar.example.es", seq=0,
              tz="Europe/Madrid", stamp="20260414T084000Z", start="20260421T100000",
              end="20260421T110000", summary="Entrevista Técnico/a de Calidad",
              location="Conservas Miramar, Carrer del Port 22, Badalona",
              organizer=("Marta Puig", "marta.puig@conservasmiramar.example.es"))],
))

# --- T20 Llevant: phone screen --------------------------------------------------------------------
add(dict(
    kind="interview_invitation", name="llevant_llamada", company="Hoteles Llevant",
    contact="nuria.ferrer@hotelesllevant.example.es", lang="es", tid="llv2", parent="llv1",
    frm=("Núria Ferrer", "nuria.ferrer@hotelesllevant.example.es"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Llamada para la vacante de Higiene Alimentaria",
    date="2026-08-25 16:05 +0200",
    text="""Hola Luca:

Gracias por inscribirte. Me gustaría tener una primera conversación telefónica contigo de unos 20 minutos para conocer mejor tu experiencia.

¿Te viene bien el viernes 28 de agosto a las 10:00? Te llamaría al número que aparece en tu CV.

Saludos,
Núria Ferrer
Talento y Cultura · Hoteles Llevant S.A.""",
))

# --- T21 Selecta Talento: agency sets up interview with unnamed client ---------------------------
add(dict(
    kind="interview_invitation", name="selecta_entrevista_cliente", company="Selecta Talento",
    contact="jorge.salas@selectatalento.example.es", lang="es", tid="sel1",
    frm=("Jorge Salas", "jorge.salas@selectatalento.example.es"),
    subject="Entrevista con nuestro cliente del sector cárnico",
    subj_enc=("utf-8", "B"),
    date="2026-09-07 10:15 +0200",
    text="""Hola Luca, nuestro cliente quiere conocerte. ¿Te va bien una entrevista el jueves 17?

Te doy más detalles: se trata de una empresa líder del sector cárnico con planta en el Vallès, cuyo nombre no puedo revelar todavía. La entrevista sería presencial, a las 12:00, con la directora de calidad y el gerente de planta.

Confírmame y te envío la dirección.

Jorge Salas
Consultor Senior · Selecta Talento S.L. · +34 931 55 20 74""",
))

# ====================================================================== interview_reschedule_or_cancel

# --- T1 Alpenmilch: moved slot (human, quoting Workday booking) ------------------------------------
add(dict(
    kind="interview_reschedule_or_cancel", name="alpenmilch_termin_verschoben", company="Alpenmilch",
    contact="sandra.imhof@alpenmilch.example.ch", lang="de", tid="alp3", parent="alp2",
    frm=("Sandra Imhof", "sandra.imhof@alpenmilch.example.ch"),
    subject="Ihr Termin am 27. Januar: neue Zeit",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-01-23 16:48 +0100",
    text="""Grüezi Herr Baumgartner-Rossi

Sie haben über Workday den 27. Januar um 9:00 Uhr gebucht. Leider ist Frau Dr. Nydegger an diesem Vormittag an einem Audit in Thun gebunden. Darf ich das Gespräch auf Donnerstag, 29. Januar, 13:30 Uhr verlegen? Ort und Ablauf bleiben gleich.

Wenn das nicht geht, rufen Sie mich bitte an, dann finden wir eine andere Lösung.

Freundliche Grüsse
Sandra Imhof
HR Business Partnerin, Alpenmilch AG
+41 31 388 62 14""",
))

# --- T6 Kantonslabor: calendar update, SEQUENCE bump ------------------------------------------------
add(dict(
    kind="interview_reschedule_or_cancel", name="kantonslabor_assessment_neues_datum",
    company="Kantonslabor Mittelland",
    contact="brigitte.schaerer@kantonslabor-mittelland.example.ch", lang="de", tid="kl3",
    parent="kl2",
    frm=("Brigitte Schärer", "brigitte.schaerer@kantonslabor-mittelland.example.ch"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Aktualisiert: Assessment Lebensmittelinspektor/in",
    date="2026-05-08 08:30 +0200",
    text="""Sehr geehrter Herr Baumgartner-Rossi

Wegen einer kurzfristigen Kontrolle bei einem Grossbetrieb ist ein Kommissionsmitglied am 12. Mai verhindert. Das Assessment findet deshalb neu am Dienstag, 19. Mai 2026, zur gleichen Zeit (08:00 – 12:30 Uhr) und im gleichen Raum statt.

Die aktualisierte Kalendereinladung ersetzt die bisherige. Bitte bestätigen Sie sie erneut.

Freundliche Grüsse
Brigitte Schärer
Personaldienst, Kantonslabor Mittelland""",
    ics=[dict(method="REQUEST", uid="kl-assessment-26118@kantonslabor-mittelland.example.ch", seq=1,
              stamp="20260508T063000Z", start="20260519T080000", end="20260519T123000",
              summary="Assessment Lebensmittelinspektor/in - L. Baumgartner-Rossi (neues Datum)",
              location="Kantonslabor Mittelland, Bahnhofplatz 7, Solothurn, Raum 3.14",
              organizer=("Brigitte Schärer",
                         "brigitte.schaerer@kantonslabor-mittelland.example.ch"))],
))

# --- T7 Isartaler: interviewer ill ---------------------------------------------------------------
add(dict(
    kind="interview_reschedule_or_cancel", name="isartaler_interviewer_krank",
    company="Isartaler Feinkost", contact="katrin.vogl@isartaler.example.de", lang="de", tid="isa3",
    parent="isa2",
    frm=("Katrin Vogl", "katrin.vogl@isartaler.example.de"),
    subject="Re: Einladung zum Kennenlernen bei Isartaler Feinkost",
    date="2026-05-22 07:31 +0200",
    text="""Hallo Luca,

leider eine kurzfristige Änderung: Florian hat sich heute krankgemeldet und fällt voraussichtlich die ganze nächste Woche aus. Ohne ihn macht das Gespräch keinen Sinn, deshalb müssen wir den 27. Mai leider absagen.

Als Ersatz schlage ich Dienstag, 2. Juni, 14:00 Uhr vor – gleiche Adresse, gleicher Ablauf. Passt dir das?

Sorry für das Hin und Her!
Katrin

""" + am_schrieb("Mo., 18. Mai 2026 um 11:02", "Katrin Vogl", "katrin.vogl@isartaler.example.de",
                  """Magst du am Mittwoch, 27. Mai, um 14:00 Uhr zu uns nach Garching kommen? Du sprichst mit mir und mit Florian Huber, unserem Produktionsleiter."""),
))

# --- T12 Aaregold: METHOD:CANCEL, no rejection ---------------------------------------------------
add(dict(
    kind="interview_reschedule_or_cancel", name="aaregold_panel_abgesagt",
    company="Aaregold Schokoladen", contact="markus.lehmann@aaregold.example.ch", lang="de",
    tid="ag2", parent="ag1",
    frm=("Markus Lehmann", "markus.lehmann@aaregold.example.ch"),
    subject="Abgesagt: Panelgespräch Leiter/in Hygiene",
    date="2026-08-24 17:05 +0200",
    text="""Sehr geehrter Herr Baumgartner-Rossi

Aus internen Gründen müssen wir das Panelgespräch von morgen, 25. August, leider absagen. Dies hat nichts mit Ihrer Bewerbung zu tun – Ihre Kandidatur bleibt im Verfahren.

Ich melde mich, sobald ich Ihnen mehr sagen kann, voraussichtlich in den nächsten zwei bis drei Wochen.

Freundliche Grüsse
Markus Lehmann
Leiter Personal, Aaregold Schokoladen AG""",
    ics=[dict(method="CANCEL", uid="040000008200E00074C5B7101A82E008000000005A1C@aaregold.example.ch",
              seq=1, stamp="20260824T150500Z", start="20260825T093000", end="20260825T110000",
              summary="Abgesagt: Panelgespräch Leiter/in Hygiene - Baumgartner-Rossi",
              location="Aarberg, Industriestrasse 14, Sitzungszimmer Kakao",
              organizer=("Markus Lehmann", "markus.lehmann@aaregold.example.ch"),
              attendees=[CANDIDATE, ("Claudia Streit", "claudia.streit@aaregold.example.ch")])],
))

# --- Milchwerk: new slot after the missed one (quotes the apology) --------------------------------
add(dict(
    kind="interview_reschedule_or_cancel", name="milchwerk_neuer_termin", company="Milchwerk Ammersee",
    contact="j.hartl@milchwerk-ammersee.example.de", lang="de", tid="mwa4", parent="mwa3",
    frm=("Johanna Hartl", "j.hartl@milchwerk-ammersee.example.de"),
    subject="AW: Entschuldigung – Videointerview heute",
    subj_enc=("utf-8", "B"),
    date="2026-06-10 09:02 +0200",
    text="""Sehr geehrter Herr Baumgartner-Rossi,

danke für Ihre Erklärung, so etwas kann passieren. Herr Pfister und ich haben am Freitag, 12. Juni, um 15:30 Uhr noch ein Fenster frei. Wir verschieben das Interview auf diesen Termin; der Teams-Link bleibt derselbe.

Mit freundlichen Grüssen
Johanna Hartl

""" + am_schrieb("09.06.2026 um 11:47", "Luca Baumgartner-Rossi", CANDIDATE[1],
                  """Sehr geehrte Frau Hartl

Es tut mir sehr leid: Der Link aus Ihrer Einladung landete bei mir im Spam, und ich habe erst jetzt Ihre Nachricht gesehen. Wäre es möglich, das Gespräch nachzuholen?

Freundliche Grüsse
Luca Baumgartner-Rossi"""),
))

# --- T10 Seeblick: time change --------------------------------------------------------------------------
add(dict(
    kind="interview_reschedule_or_cancel", name="seeblick_zeit_geaendert", company="Seeblick Hotels",
    contact="fabienne.zurbriggen@seeblick-hotels.example.ch", lang="de", tid="sb2", parent="sb1",
    frm=("Fabienne Zurbriggen", "fabienne.zurbriggen@seeblick-hotels.example.ch"),
    subject="AW: Ihre Bewerbung Qualitäts- und Hygienemanager/in F&B – kurzes Telefonat?",
    subj_enc=("utf-8", "Q"),
    date="2026-07-08 15:12 +0200",
    charset="windows-1252", cte="qp",
    text="""Grüezi Herr Baumgartner-Rossi

Danke für Ihre Zusage. Kleine Änderung: Am Freitag habe ich um 10 Uhr jetzt eine Direktionssitzung. Können wir das Telefonat auf 11:15 Uhr schieben? Ich rufe Sie dann auf Ihrer Handynummer an – falls das nicht passt, genügt eine kurze Nachricht.

Freundliche Grüsse
Fabienne Zurbriggen
Seeblick Hotels AG · T +41 41 418 77 03""",
))

# --- T22 Gastro Personal Plus: client interview moved --------------------------------------------
add(dict(
    kind="interview_reschedule_or_cancel", name="gastroplus_limmatblick_verschoben",
    company="Hotel Limmatblick", contact="nadine.keller@gastroplus.example.ch", lang="de", tid="gpp3",
    parent="gpp2",
    frm=("Nadine Keller | Gastro Personal Plus", "nadine.keller@gastroplus.example.ch"),
    subject="AW: Vorstellungstermin Hotel Limmatblick",
    date="2026-01-29 12:20 +0100",
    text="""Grüezi Herr Baumgartner-Rossi

Herr Bolliger vom Hotel Limmatblick hat eben angerufen: Am Montag findet ein grosses Bankett statt, er kann nicht aus der Küche. Das Gespräch wird deshalb auf Dienstag, 3. Februar, 10:00 Uhr verschoben, gleicher Ort.

Ich habe Ihnen den neuen Termin direkt zugesagt, weil Sie mir geschrieben hatten, dass Sie dienstags frei haben. Bitte melden Sie sich, falls das doch nicht geht.

Freundliche Grüsse
Nadine Keller

""" + outlook_block("de", "Nadine Keller | Gastro Personal Plus",
                    "Dienstag, 27. Januar 2026 10:05", "Luca Baumgartner-Rossi",
                    "Vorstellungstermin Hotel Limmatblick",
                    """Vorstellungsgespräch mit dem Executive Chef, Herrn Stefan Bolliger:
Montag, 2. Februar 2026, 15:00 Uhr
Hotel Limmatblick, Limmatquai 88, 8001 Zürich"""),
))

# --- T2 Nutrivalor: SEQUENCE bump ------------------------------------------------------------------
add(dict(
    kind="interview_reschedule_or_cancel", name="nutrivalor_nouvel_horaire_ics", company="Nutrivalor",
    contact="sophie.girardin@nutrivalor.example.ch", lang="fr", tid="nut3", parent="nut2",
    frm=("Sophie Girardin", "sophie.girardin@nutrivalor.example.ch"),
    subject="Mise à jour : Entretien RAQ Production – nouvel horaire",
    subj_enc=("utf-8", "Q"),
    date="2026-02-13 09:44 +0100",
    text="""Bonjour Monsieur Baumgartner-Rossi,

Un audit client imprévu mobilise M. Dufaux le mercredi 18 février au matin. Nous nous permettons donc de déplacer notre entretien au jeudi 19 février à 14h00, au même endroit.

L'invitation de votre agenda a été mise à jour en conséquence. Merci de nous confirmer que ce nouvel horaire vous convient.

Meilleures salutations,
Sophie Girardin
Nutrivalor SA""",
    ics=[dict(method="REQUEST", uid="nutrivalor-raq-0218@nutrivalor.example.ch", seq=2,
              stamp="20260213T084400Z", start="20260219T140000", end="20260219T153000",
              summary="Entretien RAQ Production - L. Baumgartner-Rossi",
              location="Nutrivalor SA, Route des Jeunes 12, Carouge",
              organizer=("Sophie Girardin", "sophie.girardin@nutrivalor.example.ch"))],
))

# --- T11 Qualisûr: confirm new slot after the candidate's request ------------------------------------
add(dict(
    kind="interview_reschedule_or_cancel", name="qualisur_nouveau_creneau", company="Qualisûr",
    contact="elodie.marchand@qualisur.example.fr", lang="fr", tid="qs4", parent="qs3",
    frm=("Élodie Marchand", "elodie.marchand@qualisur.example.fr"),
    frm_enc=("utf-8", "B"),
    subject="RE: Entretien auditeur junior – Qualisûr",
    subj_enc=("utf-8", "Q"),
    date="2026-08-13 10:30 +0200",
    text="""Bonjour Luca,

Pas de souci. M. Benali peut vous recevoir le mardi 25 août à 10h00 à la place du jeudi 20. L'entretien aura lieu au même endroit, 14 rue de Gerland.

À bientôt,
Élodie Marchand

""" + le_ecrit("mer. 12 août 2026 à 07:55", "Luca Baumgartner-Rossi", CANDIDATE[1],
                """Bonjour Madame Marchand,

Merci beaucoup pour l'invitation. Malheureusement, je suis de service le 20 août et ne pourrai pas me libérer. Serait-il possible de décaler l'entretien au début de la semaine suivante ?

Cordialement,
Luca Baumgartner-Rossi"""),
))

# --- T8 Fromagerie: trial day postponed -------------------------------------------------------------
add(dict(
    kind="interview_reschedule_or_cancel", name="fromagerie_leman_essai_reporte",
    company="Fromagerie du Léman", contact="isabelle.rochat@fromagerie-leman.example.ch", lang="fr",
    tid="fl2", parent="fl1",
    frm=("Isabelle Rochat", "isabelle.rochat@fromagerie-leman.example.ch"),
    subject="Journée d'essai reportée",
    subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1", cte="8bit",
    date="2026-06-19 12:10 +0200",
    text="""Bonjour Monsieur Baumgartner-Rossi,

Je suis désolée de devoir modifier nos plans : l'inspection cantonale a été annoncée pour le mardi 23 juin et notre responsable qualité sera entièrement prise par la visite.

Je vous propose de reporter votre journée d'essai au vendredi 26 juin, mêmes horaires (7h à 16h). Est-ce que cela vous convient ?

Isabelle Rochat
Fromagerie du Léman SA""",
))

# --- T14 Adéquat: client cancels the interview without deciding ----------------------------------------
add(dict(
    kind="interview_reschedule_or_cancel", name="adequat_biscuiterie_annule", company="Biscuiterie Vaudoise",
    contact="camille.perroud@adequat.example.ch", lang="fr", tid="adq3", parent="adq2",
    frm=("Camille Perroud", "camille.perroud@adequat.example.ch"),
    subject="Entretien de mercredi annulé",
    subj_enc=("utf-8", "Q"),
    date="2026-02-09 17:25 +0100",
    text="""Bonjour Luca,

Petit contretemps : la Biscuiterie Vaudoise annule l'entretien de mercredi 11 février. M. Cuendet doit se rendre d'urgence au siège à Zurich pour toute la semaine.

Rassurez-vous, votre candidature reste en course – ils reviennent vers moi la semaine prochaine avec de nouvelles dates. Je vous tiens au courant dès que j'en sais plus.

Camille
Adéquat Intérim SA""",
))

# --- T3 Kestrel: new time after the missed call ----------------------------------------------------
add(dict(
    kind="interview_reschedule_or_cancel", name="kestrel_rebooked_call", company="Kestrel Hotels",
    contact="hannah.price@kestrelhotels.example.co.uk", lang="en", tid="kes4", parent="kes3",
    frm=("Hannah Price via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Hannah Price", "hannah.price@kestrelhotels.example.co.uk"),
    subject="Re: Our call today",
    date="2026-03-13 09:10 +0000",
    text="""Hi Luca,

Thanks for explaining – a broken phone is the worst timing! Let's try again: I've moved our call to Tuesday 17 March at 2:00pm UK time (3:00pm for you in Zürich). I'll use the new number you sent me.

Best,
Hannah

""" + on_wrote("Thu, 12 Mar 2026 at 13:22", "Luca Baumgartner-Rossi", CANDIDATE[1],
                """Dear Hannah, I'm so sorry I missed your call this morning – my phone died on the way to work. My colleague's number is +41 79 771 20 05 until I get mine repaired. Could we find a new time?"""),
))

# --- T19 Thameside: assessment day moved (forwarded internal note inline) ----------------------------
add(dict(
    kind="interview_reschedule_or_cancel", name="thameside_assessment_moved", company="Thameside Foods",
    contact="grace.okafor@thameside.example.co.uk", lang="en", tid="tf3", parent="tf2",
    frm=("Grace Okafor", "grace.okafor@thameside.example.co.uk"),
    subject="Fw: Assessment day on 30 July – change of date",
    date="2026-07-24 13:55 +0100",
    text="""Hi Luca,

I'm the Technical Manager you'd have met on the 30th. Forwarding the note below from our recruitment system, since it went out without the new date in it: the assessment day moves to Thursday 6 August, same times and same site. Apologies for the muddle – we have a retailer audit landing on the 30th.

Grace Okafor
Technical Manager, Thameside Foods Ltd
Chequers Lane, Dagenham RM9 6QD | 020 8592 7710

""" + forwarded("en", "Thameside Foods <no-reply@hire.lever.co>", "Fri, 24 Jul 2026 at 11:02",
                "Your assessment day", "Luca Baumgartner-Rossi <luca.br@example.ch>",
                """Hi Luca,

Due to unforeseen circumstances we need to change the date of your assessment day. A member of the team will be in touch with the new date.

Thameside Foods Recruitment"""),
))

# --- T17 Harbour: client cancels Friday, will rebook ---------------------------------------------------
add(dict(
    kind="interview_reschedule_or_cancel", name="harbour_ashgrove_postponed", company="Ashgrove Dairies",
    contact="tom.ellery@harboursearch.example.co.uk", lang="en", tid="hs3", parent="hs2",
    frm=("Tom Ellery", "tom.ellery@harboursearch.example.co.uk"),
    subject="Friday's interview – off for now",
    date="2026-05-20 16:40 +0100",
    text="""Luca,

Heads up: Ashgrove have had to pull Friday's interview. Gemma, the technical manager, has come down with shingles and is off for at least a week. They're keen to keep you in the process and will give me new dates once she's back.

I'll be in touch as soon as I have them.

Tom
Harbour Search | 020 7946 0318""",
))

# --- T5 Miramar: time changed ---------------------------------------------------------------------
add(dict(
    kind="interview_reschedule_or_cancel", name="miramar_cambio_hora", company="Conservas Miramar",
    contact="marta.puig@conservasmiramar.example.es", lang="es", tid="mir3", parent="mir2",
    frm=("Marta Puig", "marta.puig@conservasmiramar.example.es"),
    subject="Cambio de hora: entrevista del martes",
    date="2026-04-17 08:35 +0200",
    text="""Hola Luca:

Te escribo porque Jordi tiene una auditoría de cliente el martes por la mañana y no llegará a las 10:00. ¿Podríamos pasar la entrevista al mismo martes 21 a las 11:30? El lugar es el mismo.

Perdona las molestias.

Marta Puig
Recursos Humanos - Conservas Miramar""",
    ics=[dict(method="REQUEST", uid="miramar-tecal-0421@conservasmiramar.example.es", seq=1,
              tz="Europe/Madrid", stamp="20260417T063500Z", start="20260421T113000",
              end="20260421T123000", summary="Entrevista Técnico/a de Calidad (nueva hora)",
              location="Conservas Miramar, Carrer del Port 22, Badalona",
              organizer=("Marta Puig", "marta.puig@conservasmiramar.example.es"))],
))

# ====================================================================== missed_interview_notice

# --- Milchwerk: waited on Teams -------------------------------------------------------------------
add(dict(
    kind="missed_interview_notice", name="milchwerk_teams_gewartet", company="Milchwerk Ammersee",
    contact="j.hartl@milchwerk-ammersee.example.de", lang="de", tid="mwa2", parent="mwa1",
    frm=("Johanna Hartl", "j.hartl@milchwerk-ammersee.example.de"),
    subject="Unser Videointerview heute um 9 Uhr",
    date="2026-06-09 09:35 +0200",
    text="""Sehr geehrter Herr Baumgartner-Rossi,

Herr Pfister und ich haben heute ab 9:00 Uhr rund zwanzig Minuten im Teams-Meeting auf Sie gewartet, leider ohne Sie zu sehen. Auch telefonisch haben wir Sie nicht erreicht.

Ich hoffe, es ist nichts passiert. Bitte melden Sie sich kurz bei mir.

Mit freundlichen Grüssen
Johanna Hartl
Personalleitung, Milchwerk Ammersee GmbH
Tel. +49 8152 90 33 12""",
))

# --- T10 Seeblick: tried calling twice ---------------------------------------------------------
add(dict(
    kind="missed_interview_notice", name="seeblick_zweimal_angerufen", company="Seeblick Hotels",
    contact="fabienne.zurbriggen@seeblick-hotels.example.ch", lang="de", tid="sb3", parent="sb2",
    frm=("Fabienne Zurbriggen", "fabienne.zurbriggen@seeblick-hotels.example.ch"),
    subject="Telefoninterview 11:15",
    date="2026-07-10 11:40 +0200",
    text="""Grüezi Herr Baumgartner-Rossi

Ich habe heute um 11:15 Uhr und nochmals um 11:25 Uhr versucht, Sie auf Ihrem Handy anzurufen, bin aber beide Male auf der Combox gelandet.

Haben Sie meine Nachricht zur neuen Uhrzeit erhalten? Geben Sie mir doch bitte Bescheid.

Freundliche Grüsse
Fabienne Zurbriggen
Seeblick Hotels AG""",
))

# --- T22 Gastro Personal Plus: client says he didn't show ---------------------------------------
add(dict(
    kind="missed_interview_notice", name="gastroplus_limmatblick_nicht_erschienen",
    company="Hotel Limmatblick", contact="nadine.keller@gastroplus.example.ch", lang="de", tid="gpp4",
    parent="gpp3",
    frm=("Nadine Keller | Gastro Personal Plus", "nadine.keller@gastroplus.example.ch"),
    subject="Was ist passiert? Termin Hotel Limmatblick",
    date="2026-02-03 10:52 +0100",
    text="""Herr Baumgartner-Rossi

Herr Bolliger hat mich eben angerufen: Sie seien heute um 10:00 Uhr nicht im Hotel Limmatblick erschienen, er habe an der Réception eine Viertelstunde gewartet. Auf Ihrem Handy erreiche ich Sie auch nicht.

Bitte rufen Sie mich so rasch wie möglich zurück, damit ich dem Kunden etwas sagen kann.

Nadine Keller
Gastro Personal Plus AG · T +41 44 455 20 31""",
))

# --- T26 Kühlhaus Rümlang: not reachable ----------------------------------------------------------
add(dict(
    kind="missed_interview_notice", name="kuehlhaus_nicht_erreicht", company="Kühlhaus Rümlang",
    contact="patrick.senn@kuehlhaus-ruemlang.example.ch", lang="de", tid="kr2", parent="kr1",
    frm=("Patrick Senn", "patrick.senn@kuehlhaus-ruemlang.example.ch"),
    subject="Re: Kühlkette / QS-Stelle",
    subj_enc=("utf-8", "B"),
    date="2026-09-18 10:31 +0200",
    cte="b64",
    text="""Hallo Herr Baumgartner-Rossi

Ich habe Sie um 10 Uhr wie abgemacht angerufen, aber Sie waren leider nicht erreichbar. Ich bin heute noch bis 16 Uhr im Büro; ab nächster Woche bin ich zwei Wochen in den Ferien.

Gruss
Patrick Senn

""" + am_schrieb("16.09.2026 um 07:02", "Luca Baumgartner-Rossi", CANDIDATE[1],
                  "Guten Tag Herr Senn, sehr gerne, Donnerstag um 10 Uhr passt mir. Beste Grüsse, L. Baumgartner-Rossi"),
))

# --- T16 Bressanes: absent from video interview --------------------------------------------------------
add(dict(
    kind="missed_interview_notice", name="bressanes_absent_visio", company="Charcuteries Bressanes",
    contact="laure.chanel@bressanes.example.fr", lang="fr", tid="bre2", parent="bre1",
    frm=("Laure Chanel", "laure.chanel@bressanes.example.fr"),
    subject="Entretien de ce matin",
    date="2026-05-19 09:20 +0200",
    text="""Monsieur,

M. Vuillermoz et moi-même vous avons attendu ce matin à 8h30 sur le lien de visioconférence communiqué dans notre convocation. Vous ne vous êtes pas connecté et nous n'avons reçu aucun message de votre part.

Nous vous remercions de nous indiquer ce qu'il en est.

Laure Chanel
Chargée RH – Charcuteries Bressanes SAS""",
))

# --- T15 HCR: call missed -------------------------------------------------------------------------------
add(dict(
    kind="missed_interview_notice", name="hcr_appel_sans_reponse", company="Hygiène Conseil Romandie",
    contact="julien.favre@hcr.example.ch", lang="fr", tid="hcr2", parent="hcr1",
    frm=("Julien Favre", "julien.favre@hcr.example.ch"),
    subject="Re: Un appel jeudi ?",
    date="2026-04-10 10:24 +0200",
    text="""Luca,

Je t'ai appelé deux fois à 10h comme convenu, pas de réponse. Tout va bien ? Rappelle-moi quand tu peux au 079 618 22 45.

Julien

""" + le_ecrit("mer. 8 avr. 2026 à 22:10", "Luca Baumgartner-Rossi", CANDIDATE[1],
                "Avec plaisir, jeudi 10h c'est parfait. À jeudi !"),
))

# --- T23 OICD: did not attend (quotes the convocation, Outlook block) ---------------------------
add(dict(
    kind="missed_interview_notice", name="oicd_absence_entretien",
    company="Office intercantonal de contrôle des denrées", contact="secretariat.rh@oicd.example.ch",
    lang="fr", tid="oicd1",
    frm=("OICD - Ressources humaines", "secretariat.rh@oicd.example.ch"),
    subject="Absence à l'entretien du 1er octobre",
    subj_enc=("iso-8859-1", "B"),
    charset="iso-8859-1", cte="qp",
    date="2026-10-01 11:45 +0200",
    text="""Monsieur,

La commission de sélection vous attendait ce jour à 10h00 dans nos locaux de Delémont. Vous ne vous êtes pas présenté à l'entretien et nous n'avons pas pu vous joindre par téléphone.

Nous vous saurions gré de nous faire part des raisons de votre absence d'ici au 5 octobre.

Secrétariat RH
Office intercantonal de contrôle des denrées
Rue des Moulins 12, 2800 Delémont
032 420 51 00

""" + outlook_block("fr", "OICD - Ressources humaines", "lundi 21 septembre 2026 14:02",
                    "Luca Baumgartner-Rossi", "Convocation à un entretien",
                    """Monsieur,

Nous avons le plaisir de vous convoquer à un entretien le jeudi 1er octobre 2026 à 10h00, Rue des Moulins 12, Delémont, salle du conseil."""),
))

# --- T3 Kestrel: no show on the call ---------------------------------------------------------------
add(dict(
    kind="missed_interview_notice", name="kestrel_missed_call", company="Kestrel Hotels",
    contact="hannah.price@kestrelhotels.example.co.uk", lang="en", tid="kes3", parent="kes2",
    frm=("Hannah Price via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Hannah Price", "hannah.price@kestrelhotels.example.co.uk"),
    subject="Our call today",
    date="2026-03-12 10:20 +0000",
    text="""Hi Luca,

I tried calling you at 10:00 as booked, and again at 10:10, but couldn't get through – it went straight to voicemail both times.

Could you let me know what happened and whether you're still interested?

Thanks,
Hannah Price
Talent Partner, Kestrel Hotels""",
))

# --- Northbridge: didn't join Zoom (HTML only) --------------------------------------------------------
add(dict(
    kind="missed_interview_notice", name="northbridge_zoom_no_show", company="Northbridge Catering Group",
    contact="liam.doyle@northbridgecg.example.co.uk", lang="en", tid="nb1",
    frm=("Liam Doyle", "liam.doyle@northbridgecg.example.co.uk"),
    subject="Today's interview",
    date="2026-10-06 14:25 +0100",
    html="""<div dir="ltr" style="font-family:Arial,sans-serif">
<p>Hi Luca,</p>
<p>We had you booked for 2pm today on Zoom for the Food Safety Auditor interview, and the panel sat in the room until about 2:20 but didn't see you join.</p>
<p>Could you let me know if something went wrong on your side?</p>
<p>Thanks,<br>Liam Doyle<br>Recruitment Advisor | Northbridge Catering Group<br>Unit 2, Riverside Way, London SE16 | 020 7946 0882</p>
</div>""",
))

# --- T20 Llevant: didn't answer the call -----------------------------------------------------------
add(dict(
    kind="missed_interview_notice", name="llevant_no_contestaste", company="Hoteles Llevant",
    contact="nuria.ferrer@hotelesllevant.example.es", lang="es", tid="llv3", parent="llv2",
    frm=("Núria Ferrer", "nuria.ferrer@hotelesllevant.example.es"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Re: Llamada para la vacante de Higiene Alimentaria",
    date="2026-08-28 10:22 +0200",
    text="""Hola Luca:

Te hemos llamado a las 10:00 tal y como habíamos quedado, y de nuevo a las 10:15, pero no has contestado.

¿Ha pasado algo? Escríbeme cuando puedas.

Núria Ferrer
Hoteles Llevant""",
))
