# ruff: noqa
"""Corpus 189, hand-written: 26 interview invitations, 15 reschedules or cancellations and
10 missed-interview notices."""

from __future__ import annotations

from msgs189_common import CAND, CAND_ADDR, CAND_NAME, forwarded, outlook, quoted, t, wrote

MESSAGES: list[dict] = []
inv = lambda **spec: MESSAGES.append(dict(kind="interview_invitation", **spec))
move = lambda **spec: MESSAGES.append(dict(kind="interview_reschedule_or_cancel", **spec))
missed = lambda **spec: MESSAGES.append(dict(kind="missed_interview_notice", **spec))

HCR = ("Tobias Renken", "t.renken@hanse-cr.example.de")
AMG = ("Mette Kjærgaard", "mette.kjaergaard@amager-cd.example.dk")
NWK = ("Thorsten Meiners", "thorsten.meiners@nordwest-kk.example.de")
HUNZE = ("de Vries, Marloes", "m.devries@hunze-umc.example.nl")
LKV = ("Katrin Vosswinkel", "k.vosswinkel@leinemark-kv.example.de")

# ============================================================== interview invitations (26)

# 1 -- Hanse Clinical Research: the recruiter asks for a phone screen.
inv(slug="hanse_phone_screen", lang="de", company="Hanse Clinical Research",
    contact=HCR[1], frm=HCR, subject="Kurzes Telefonat zu Ihrer Bewerbung (Clinical Data Entry)",
    date="2026-08-31 09:40", key="hcr_screen", refs=["hcr_ack"],
    text=t("""
    Guten Morgen Frau Santangelo-Hoffmann,

    vielen Dank für Ihre Bewerbung als Clinical Data Entry Specialist. Ihr Wechsel aus der
    Apotheke in die Studiendokumentation hat uns neugierig gemacht.

    Ich würde gern ein erstes telefonisches Kennenlernen von etwa 30 Minuten mit Ihnen
    führen. Passt es Ihnen am Donnerstag, 3. September, um 11:00 Uhr? Ich rufe Sie dann unter
    der Mobilnummer aus Ihrem Lebenslauf an. Alternativ nennen Sie mir gern zwei andere
    Zeitfenster in dieser Woche.

    Viele Grüße
    Tobias Renken
    Recruiting
    Hanse Clinical Research GmbH
    Konsul-Smidt-Straße 8, 28217 Bremen
    Tel. +49 421 69 66 30-14
    """))

# 2 -- Hanse Clinical Research: panel interview, Outlook with a calendar REQUEST part.
inv(slug="hanse_panel_ics", lang="de", company="Hanse Clinical Research", contact=HCR[1],
    frm=HCR, cc=[("Dr. Ilka Brandes", "i.brandes@hanse-cr.example.de")],
    subject="Einladung: Fachgespräch Clinical Data Entry – 22.09.2026, 10:00",
    subj_enc=("utf-8", "Q"), date="2026-09-11 13:15", key="hcr_panel",
    refs=["hcr_ack", "hcr_screen", "hcr_move"],
    text=t("""
    Liebe Frau Santangelo-Hoffmann,

    nach unserem Telefonat freuen wir uns, Sie zu einem persönlichen Fachgespräch in unser
    Büro in der Überseestadt einzuladen.

    Termin: Dienstag, 22. September 2026, 10:00–11:30 Uhr
    Ort: Konsul-Smidt-Straße 8, 3. OG, Besprechungsraum „Weser“
    Gesprächspartner: Dr. Ilka Brandes (Head of Data Management), Marco Fiedler (Senior Data
    Manager) und ich

    Im zweiten Teil bitten wir Sie, einen anonymisierten Papier-CRF in unsere Testumgebung zu
    übertragen; Vorkenntnisse im System sind nicht nötig. Bitte nehmen Sie die Einladung im
    Kalender an oder geben Sie mir kurz Bescheid.

    Viele Grüße
    Tobias Renken
    Recruiting | Hanse Clinical Research GmbH
    Tel. +49 421 69 66 30-14
    """), shell="outlook",
    cal=dict(uid="040000008200E00074C5B7101A82E00800000000A0C7F1D3E2_hcr_panel", seq=0,
             start="2026-09-22 10:00", end="2026-09-22 11:30", tzid="W. Europe Standard Time",
             summary="Fachgespräch Clinical Data Entry – W. Santangelo-Hoffmann",
             location="Hanse CR, Konsul-Smidt-Straße 8, 3. OG, Raum Weser",
             attendees=[("Dr. Ilka Brandes", "i.brandes@hanse-cr.example.de"),
                        ("Marco Fiedler", "m.fiedler@hanse-cr.example.de")],
             cte="quoted-printable"))

# 3 -- Elbstrom Pharma: Workday scheduling link, HTML only, no human address.
inv(slug="elbstrom_workday_schedule", lang="de", company="Elbstrom Pharma", contact="",
    frm=("Elbstrom Pharma", "elbstrom@myworkday.com"),
    subject="Bitte wählen Sie einen Termin für Ihr Interview: Clinical Data Associate",
    subj_enc=("iso-8859-1", "Q"), date="2026-03-10 08:02", tz="+0000", key="elb_invite",
    refs=["elb_ack"],
    html_text=t("""
    Hallo Wiebke,

    gute Neuigkeiten: Das Hiring-Team möchte Sie im Rahmen Ihrer Bewerbung für die Position
    Clinical Data Associate (R-0031877) zu einem Interview einladen.

    Bitte wählen Sie über den untenstehenden Link innerhalb von drei Werktagen einen freien
    Termin aus. Das Gespräch findet vor Ort in Hamburg statt und dauert ca. 60 Minuten.
    Gesprächspartner sind Jana Krummacker (Talent Acquisition) und Dr. Henrik Lüders (Clinical
    Operations).

    Freundliche Grüße
    Ihr Elbstrom Pharma Recruiting Team
    """), shell="ats",
    shell_args=dict(brand="Elbstrom Pharma – Careers", color="#005a70",
                    button=("Termin auswählen",
                            "https://wd3.myworkday.com/elbstrom/d/task/scheduling/R-0031877"),
                    footer="Diese Nachricht wurde automatisch von Workday versendet."))

# 4 -- Martini Trials: Lever phone screen with Reply-To the recruiter.
inv(slug="martini_lever_screen", lang="en", company="Martini Trials",
    contact="sanne.bakker@martinitrials.example.nl",
    frm=("Sanne Bakker from Martini Trials", "no-reply@hire.lever.co"),
    reply_to=("Sanne Bakker", "sanne.bakker@martinitrials.example.nl"),
    subject="Next step: intro call for the Clinical Data Assistant role",
    date="2026-04-14 12:20", tz="+0000", key="mt_screen", refs=["mt_ack"],
    text=t("""
    Hi Wiebke,

    Thanks for applying to Martini Trials! I've read your CV and would love to hear more about
    your move from pharmacy work into clinical data.

    Could we do a 30-minute intro call on Friday 17 April at 10:00 (Groningen time)? It will
    be a Microsoft Teams call; the link is below and in the calendar hold I've sent.

    Join: https://teams.example.nl/l/meetup-join/martini-intro-4417

    If that time doesn't suit, just reply with a couple of alternatives.

    Speak soon,
    Sanne Bakker
    Talent Partner, Martini Trials
    """), cte="quoted-printable")

# 5 -- Martini Trials: a new slot after the missed call (the quoted part is her apology).
inv(slug="martini_second_chance", lang="en", company="Martini Trials",
    contact="sanne.bakker@martinitrials.example.nl",
    frm=("Sanne Bakker", "sanne.bakker@martinitrials.example.nl"),
    subject="Re: Sorry about this morning", date="2026-04-20 09:05", key="mt_newslot",
    refs=["mt_ack", "mt_screen", "mt_missed", "mt_ownmove"],
    text=t("""
    Hi Wiebke,

    No harm done – Teams links and corporate firewalls are not always friends. Let's try
    again: would Thursday 23 April at 14:00 work for you? This time I'll send a plain phone
    dial-in as a backup (+31 50 211 4400, PIN 77 31 29).

    If the call goes well, Joost would like to meet you in Groningen in the first week of May.

    Sanne

    """) + wrote("en", "Fri, 17 Apr 2026 at 13:02", CAND_NAME, CAND_ADDR, t("""
    Dear Sanne,

    I am very sorry I missed our call this morning. The Teams link would not open on my work
    computer at the pharmacy and by the time I had switched to my phone it was 10:20. Could we
    find another time? I am free any afternoon next week.

    Kind regards,
    Wiebke
    """)), shell="gmail")

# 6 -- Amager Clinical Data: Teamtailor invite with an .ics REQUEST attached.
inv(slug="amager_teamtailor_ics", lang="en", company="Amager Clinical Data", contact=AMG[1],
    frm=("Amager Clinical Data", "amager-clinical-data@teamtailor-mail.com"),
    reply_to=AMG, rt_enc=("iso-8859-1", "Q"),
    subject="Interview invitation – Data Entry Coordinator", date="2026-05-12 11:02",
    key="amg_invite",
    text=t("""
    Hi Wiebke,

    We'd like to invite you to a video interview for the Data Entry Coordinator position.

    When: Tuesday 19 May, 13:00–13:45 (Copenhagen time)
    Where: Microsoft Teams – the link is in the attached invitation
    With: Mette Kjærgaard (People & Talent) and Rasmus Holm (Clinical Data Lead)

    We'll talk through your experience with medication records and ask you to walk us
    through how you would double-check a batch of transcribed lab values.

    Please accept the calendar invitation so we know the time works for you.

    Best regards,
    Mette
    """), shell="ats",
    shell_args=dict(brand="Amager Clinical Data", color="#2e5e4e",
                    footer="Sent with Teamtailor on behalf of Amager Clinical Data ApS."),
    attach=[dict(ics="invite.ics", uid="tt-amg-5531-wsh@teamtailor.com", seq=0,
                 start="2026-05-19 13:00", end="2026-05-19 13:45", tzid="Europe/Copenhagen",
                 summary="Interview: Wiebke Santangelo-Hoffmann / Data Entry Coordinator",
                 location="Microsoft Teams", organizer=AMG,
                 attendees=[("Rasmus Holm", "rasmus.holm@amager-cd.example.dk")],
                 prodid="-//Teamtailor//Interview scheduler//EN",
                 description="Join: https://teams.example.dk/l/meetup-join/amg-5531")])

# 7 -- Rhénanie Recherche Clinique: invitation to an interview in Strasbourg.
inv(slug="rhenanie_entretien", lang="fr", company="Rhénanie Recherche Clinique",
    contact="camille.oberle@rhenanie-rc.example.fr",
    frm=("Camille Oberlé", "camille.oberle@rhenanie-rc.example.fr"), name_enc=("iso-8859-1", "B"),
    subject="Invitation à un entretien – Technicienne saisie de données (CDD 12 mois)",
    subj_enc=("utf-8", "Q"), date="2026-06-15 10:48", key="rrc_invite", refs=["rrc_ack"],
    cs="iso-8859-1", cte="quoted-printable",
    text=t("""
    Bonjour Madame Santangelo-Hoffmann,

    Votre candidature a retenu toute notre attention et nous souhaitons vous rencontrer pour
    un entretien.

    Nous vous proposons le lundi 22 juin à 14h00, dans nos locaux au 18 rue de la Nuée-Bleue
    à Strasbourg (2e étage, interphone « RRC »). L'entretien durera environ une heure, avec
    Jean-Luc Haegel, responsable data management, et moi-même.

    Merci de me confirmer votre présence par retour de mail. Si vous venez d'Allemagne en
    train, la gare est à quinze minutes à pied.

    Bien à vous,

    Camille Oberlé
    Chargée de recrutement
    Rhénanie Recherche Clinique SAS
    18 rue de la Nuée-Bleue, 67000 Strasbourg - 03 88 22 71 05
    """))

# 8 -- Hospital del Turó: entrevista presencial.
inv(slug="turo_entrevista", lang="es", company="Hospital del Turó",
    contact="mvilaro@hospitalturo.example.es",
    frm=("Montserrat Vilaró", "mvilaro@hospitalturo.example.es"), name_enc=("utf-8", "Q"),
    subject="Convocatoria a entrevista – Técnico/a de documentación clínica",
    date="2026-04-24 12:33", key="turo_invite", refs=["turo_app"],
    text=t("""
    Hola Wiebke:

    Gracias por tu candidatura. Nos gustaría conocerte en persona.

    Te convocamos a una entrevista el lunes 4 de mayo a las 10:00 h en el edificio de
    administración del hospital (Passeig del Turó 45, planta 2, sala Montseny). Estarán la
    jefa del servicio de documentación clínica, la Sra. Anglès, y yo misma. Calcula unos 45
    minutos.

    ¿Puedes confirmarme tu asistencia? Si vienes desde Alemania y prefieres hacerla por
    videollamada, dímelo y lo organizamos.

    Saludos,
    Montserrat Vilaró
    Recursos Humanos · Hospital del Turó
    Tel. 93 418 22 70
    """), cte="base64")

# 9 -- Weserklinikum Bremen: a trial day (Hospitationstag), softgarden with a Reply-To.
inv(slug="weserklinikum_hospitationstag", lang="de", company="Weserklinikum Bremen",
    contact="b.hollmann@weserklinikum.example.de",
    frm=("Weserklinikum Bremen", "noreply@softgarden.io"),
    reply_to=("Birte Hollmann", "b.hollmann@weserklinikum.example.de"),
    subject="Einladung zum Hospitationstag – Dokumentationsassistenz Zentralapotheke",
    date="2026-01-26 14:20", key="wk_trial", refs=["wk_ack"],
    text=t("""
    Sehr geehrte Frau Santangelo-Hoffmann,

    Ihre Bewerbung hat uns gefallen, und wir möchten Sie gern näher kennenlernen. Statt eines
    klassischen Gesprächs laden wir Sie zu einem Hospitationstag in der Zentralapotheke ein.

    Datum: Donnerstag, 5. Februar 2026
    Uhrzeit: 8:00 bis ca. 14:00 Uhr
    Treffpunkt: Haupteingang Haus C, Am Weserdeich 5, 28199 Bremen

    Sie begleiten unser Team bei der Erfassung der Zytostatika-Anforderungen und der
    Chargendokumentation. Zum Abschluss führen Sie ein kurzes Gespräch mit der
    Apothekenleitung. Bitte bringen Sie geschlossene Schuhe mit; Kittel stellen wir.

    Bitte bestätigen Sie den Termin, indem Sie auf diese E-Mail antworten.

    Mit freundlichen Grüßen
    Birte Hollmann
    Personalreferentin
    Weserklinikum Bremen gGmbH
    """), shell="ats",
    shell_args=dict(brand="Weserklinikum Bremen · Karriere", color="#00647a",
                    footer="Versendet mit softgarden. Antworten erreichen Birte Hollmann."))

# 10 -- Hafenblick Personal sets up the client interview at Alsterpark Kliniken.
inv(slug="hafenblick_client_alsterpark", lang="de", company="Alsterpark Kliniken",
    contact="d.oltmanns@hafenblick-personal.example.de",
    frm=("Dennis Oltmanns", "d.oltmanns@hafenblick-personal.example.de"),
    subject="Vorstellungstermin bei den Alsterpark Kliniken am 24.02.",
    date="2026-02-16 16:05", key="hfb_invite", refs=["hfb_reg"], cs="windows-1252",
    text=t("""
    Hallo Frau Santangelo-Hoffmann,

    gute Nachrichten: Die Alsterpark Kliniken möchten Sie kennenlernen! Ich habe Ihr Profil
    für die Stelle Dokumentationsassistenz Zentrale Patientenaufnahme (Vollzeit, Festanstellung
    nach sechs Monaten Überlassung) vorgestellt, und Frau Dr. Petersen hat sofort zugesagt.

    Termin: Dienstag, 24. Februar, 11:00 Uhr
    Ort: Alsterpark Kliniken, Haus B, Verwaltung 1. OG, Hofweg 88, 22085 Hamburg
    Ansprechpartnerin vor Ort: Dr. Sabine Petersen, Leitung Patientenmanagement

    Ich begleite Sie nicht persönlich, rufe Sie aber am Vortag an, um das Gespräch kurz
    vorzubereiten. Bitte geben Sie mir bis Mittwoch Bescheid, ob der Termin klappt.

    Viele Grüße
    Dennis Oltmanns
    Personalberater Healthcare | Hafenblick Personal GmbH
    Großer Burstah 31, 20457 Hamburg | Mobil 0172 448 2916
    """))

# 11 -- Leinetal Biometrics: "via Greenhouse" video interview, English.
inv(slug="leinetal_greenhouse_video", lang="en", company="Leinetal Biometrics",
    contact="hannah.lindqvist@leinetal-biometrics.example.de",
    frm=("Hannah Lindqvist via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Hannah Lindqvist", "hannah.lindqvist@leinetal-biometrics.example.de"),
    subject="Interview with Leinetal Biometrics – Data Entry Associate",
    date="2026-03-03 16:30", tz="-0500", key="lei_invite",
    text=t("""
    Hi Wiebke,

    Thank you for your interest in Leinetal Biometrics! The team in Hannover would like to
    invite you to a video interview for the Data Entry Associate role.

    Date: Tuesday, March 10
    Time: 4:00 PM – 4:45 PM CET
    Interviewers: Hannah Lindqvist (Talent) and Felix Ohlendorf (Data Management Lead)
    Video link: https://meet.example.com/leinetal-dea-0310

    The conversation will be in English. Please reply to confirm, and let me know if you need
    any accommodations.

    Best,
    Hannah
    """), shell="ats",
    shell_args=dict(brand="Leinetal Biometrics", color="#4b286d",
                    footer="Sent via Greenhouse. Reply to this email to reach Hannah."))

# 12 -- Kastellet Search sets up the client interview at Bryghus Biologics.
inv(slug="kastellet_client_bryghus", lang="en", company="Bryghus Biologics",
    contact="oliver@kastellet-search.example.dk",
    frm=("Oliver Brandt-Mikkelsen", "oliver@kastellet-search.example.dk"),
    subject="Bryghus Biologics would like to meet you", date="2026-07-15 14:12",
    key="kast_invite", refs=["kast_cold", "kast_cv"],
    text=t("""
    Hi Wiebke,

    Great news – Bryghus Biologics has read your profile and wants to meet. Details:

    - Who: Signe Lauritsen (Head of Clinical Data) and Tobias Friis (Data Manager)
    - When: Wednesday 22 July, 11:00–12:00 CEST
    - Where: Bryghus Biologics, Bryggervej 12, 2450 København SV (or video if travel is
      difficult – let me know)

    Expect a mix of questions about your pharmacy experience and a short practical exercise
    reconciling a medication log against a CRF. I'll send you a one-page brief on the company
    tomorrow.

    Can you confirm by Friday?

    Oliver

    --
    Oliver Brandt-Mikkelsen | Partner
    Kastellet Search ApS | Store Kongensgade 40, 1264 København K | +45 20 66 81 37
    """), shell="simple")

# 13 -- Nordwest Krankenkasse: Outlook invitation with a calendar REQUEST part.
inv(slug="nordwest_einladung_ics", lang="de", company="Nordwest Krankenkasse", contact=NWK[1],
    frm=NWK, subject="Einladung: Vorstellungsgespräch Sachbearbeitung Datenerfassung",
    date="2026-04-13 10:10", key="nw_invite", refs=["nw_ack"],
    text=t("""
    Sehr geehrte Frau Santangelo-Hoffmann,

    vielen Dank für Ihre Bewerbung. Wir möchten Sie gern persönlich kennenlernen und laden Sie
    zu einem Vorstellungsgespräch ein:

    Mittwoch, 22. April 2026, 09:30 bis 10:30 Uhr
    Nordwest Krankenkasse, Hauptverwaltung, Am Wall 140, 28195 Bremen, Raum 4.07

    Am Gespräch nehmen Frau Grotheer (Teamleitung Leistungsdaten) und ich teil. Eine
    Terminanfrage für Ihren Kalender finden Sie in dieser E-Mail.

    Mit freundlichen Grüßen
    Thorsten Meiners
    Personalentwicklung
    Nordwest Krankenkasse
    Am Wall 140, 28195 Bremen
    Telefon 0421 3378-2140
    """), shell="outlook", cs="iso-8859-1", cte="quoted-printable",
    cal=dict(uid="040000008200E00074C5B7101A82E0080000000050A1_nwkk_0422", seq=0,
             start="2026-04-22 09:30", end="2026-04-22 10:30", tzid="W. Europe Standard Time",
             summary="Vorstellungsgespräch W. Santangelo-Hoffmann",
             location="Hauptverwaltung, Raum 4.07",
             attendees=[("Grotheer, Sabine", "s.grotheer@nordwest-kk.example.de")]))

# 14 -- Nordwest Krankenkasse: the new date after the cancelled meeting.
inv(slug="nordwest_neuer_termin", lang="de", company="Nordwest Krankenkasse", contact=NWK[1],
    frm=NWK, subject="Neuer Gesprächstermin am 5. Mai – Sachbearbeitung Datenerfassung",
    date="2026-04-24 11:55", key="nw_invite2", refs=["nw_ack", "nw_invite", "nw_cancel"],
    text=t("""
    Sehr geehrte Frau Santangelo-Hoffmann,

    wie angekündigt melde ich mich mit einem neuen Termin für unser Vorstellungsgespräch:

    Dienstag, 5. Mai 2026, 13:00 Uhr, Hauptverwaltung Am Wall 140, Raum 4.07

    Frau Grotheer ist dann wieder im Haus. Ich habe Ihnen eine neue Kalendereinladung
    geschickt. Bitte bringen Sie Ihren Personalausweis für die Anmeldung am Empfang mit.

    Mit freundlichen Grüßen
    Thorsten Meiners
    Personalentwicklung, Nordwest Krankenkasse
    """), shell="outlook",
    cal=dict(uid="040000008200E00074C5B7101A82E0080000000050A1_nwkk_0505", seq=0,
             start="2026-05-05 13:00", end="2026-05-05 14:00", tzid="W. Europe Standard Time",
             summary="Vorstellungsgespräch W. Santangelo-Hoffmann (neuer Termin)",
             location="Hauptverwaltung, Raum 4.07"))

# 15 -- Intérim Kléber sets up a client interview at Clinique Orangerie.
inv(slug="kleber_client_orangerie", lang="fr", company="Clinique Orangerie",
    contact="s.wendling@interim-kleber.example.fr",
    frm=("Sophie Wendling", "s.wendling@interim-kleber.example.fr"),
    subject="Entretien Clinique Orangerie – lundi 9 février à 10h", subj_enc=("utf-8", "B"),
    date="2026-02-02 17:36", key="ik_invite", refs=["ik_reg"],
    text=t("""
    Bonjour Wiebke,

    Comme convenu au téléphone, j'ai présenté votre profil à la Clinique Orangerie pour la
    mission de saisie des dossiers patients au service des admissions (remplacement de 6 mois,
    possibilité de CDI ensuite).

    La responsable des admissions, Mme Roth, souhaite vous rencontrer le lundi 9 février à
    10h00 à la clinique, 12 allée de la Robertsau, 67000 Strasbourg. Présentez-vous à
    l'accueil principal en donnant mon nom.

    Pensez à prendre votre carte d'identité et votre attestation de sécurité sociale.

    Belle soirée,
    Sophie Wendling
    Consultante santé – Intérim Kléber
    5 place Kléber, 67000 Strasbourg – 03 88 15 42 90
    """), cte="quoted-printable")

# 16 -- Leinemark Krankenversicherung: assessment centre via SuccessFactors, human Reply-To.
inv(slug="leinemark_assessment_center", lang="de", company="Leinemark Krankenversicherung",
    contact=LKV[1], frm=("Leinemark Krankenversicherung Karriere", "noreply@successfactors.eu"),
    reply_to=LKV, subject="Einladung zum Assessment-Center am 10. Juni 2026",
    date="2026-05-18 08:30", tz="+0000", key="lkv_ac", refs=["lkv_ack"],
    text=t("""
    Sehr geehrte Frau Santangelo-Hoffmann,

    wir freuen uns, Sie zu unserem Assessment-Center für die Stelle „Kundenberater/in
    Datenpflege“ (Referenz 2026-0519) einladen zu können.

    Mittwoch, 10. Juni 2026, 8:30 bis ca. 15:30 Uhr
    Leinemark Krankenversicherung, Bildungszentrum, Brühlstraße 21, 30169 Hannover

    Der Tag umfasst eine Gruppenübung, eine Fallbearbeitung am PC (Erfassung von
    Leistungsanträgen), ein Rollenspiel und ein Einzelinterview. Fahrtkosten erstatten wir
    gegen Beleg.

    Bitte bestätigen Sie Ihre Teilnahme bis 29. Mai an Frau Vosswinkel (Antwort auf diese
    E-Mail genügt).

    Mit freundlichen Grüßen
    Ihr Recruiting-Team der Leinemark Krankenversicherung
    """), shell="ats",
    shell_args=dict(brand="Leinemark Krankenversicherung", color="#7b2c3b",
                    footer="Powered by SAP SuccessFactors."))

# 17 -- Vesterbro Health Analytics: casual "are you free Thursday".
inv(slug="vesterbro_free_thursday", lang="en", company="Vesterbro Health Analytics",
    contact="lars@vesterbro-ha.example.dk", frm=("Lars Winther", "lars@vesterbro-ha.example.dk"),
    subject="quick chat?", date="2026-08-11 17:48", key="vha_invite",
    text=t("""
    Hi Wiebke,

    Karoline forwarded your note about the registry coordinator job. Are you free Thursday to
    chat for half an hour? Anything after 2pm Copenhagen time works for me – I'll send a
    Google Meet link once you pick a slot.

    Nothing formal, just want to hear what made you leave the pharmacy counter for data.

    Lars

    Sent from my phone
    """))

# 18 -- Huntetal Diagnostics: the ex-colleague's informal "Donnerstag Zeit?".
inv(slug="huntetal_donnerstag_zeit", lang="de", company="Huntetal Diagnostics",
    contact="soenke.ahlers@huntetal-dx.example.de",
    frm=("Sönke Ahlers", "soenke.ahlers@huntetal-dx.example.de"), name_enc=("iso-8859-1", "Q"),
    subject="Laborstelle – hast du Donnerstag Zeit?", date="2026-06-23 20:31",
    key="hun_invite", cs="iso-8859-1",
    text=t("""
    Hey Wiebke,

    ich hab deinen Lebenslauf an meinen Chef weitergegeben und er will dich kennenlernen!
    Hast du Donnerstag um 16 Uhr Zeit für ein Gespräch? Er würde dich anrufen, so 30 Minuten,
    ganz locker, es geht um die Datenerfassung in der Probenannahme.

    Schreib mir einfach deine Handynummer noch mal, ich hab die alte aus der Apotheke.

    Bis dann
    Sönke
    """))

# 19 -- Medixa Studienzentrum: Personio scheduling link with a human Reply-To.
inv(slug="medixa_personio_termin", lang="de", company="Medixa Studienzentrum",
    contact="lea.dittmer@medixa.example.de",
    frm=("Medixa Studienzentrum Hamburg", "noreply@personio.de"),
    reply_to=("Lea Dittmer", "lea.dittmer@medixa.example.de"),
    subject="Terminvereinbarung für Ihr Vorstellungsgespräch", date="2026-04-16 10:00",
    key="mdx_invite", refs=["mdx_ack"],
    html_text=t("""
    Liebe Frau Santangelo-Hoffmann,

    vielen Dank für Ihre Bewerbung als Study Nurse Assistenz / Datenerfassung. Wir würden Sie
    gern zu einem Vorstellungsgespräch in unser Studienzentrum einladen.

    Bitte buchen Sie über den Button einen der freigegebenen Termine in der kommenden Woche.
    Das Gespräch dauert etwa 45 Minuten und findet mit Lea Dittmer (Leitung
    Studienkoordination) statt.

    Wir freuen uns auf Sie!
    Ihr Team vom Medixa Studienzentrum
    """), shell="ats",
    shell_args=dict(brand="Medixa Studienzentrum", color="#5a3d8a",
                    button=("Termin buchen", "https://medixa.jobs.personio.de/schedule/88213"),
                    footer="Gesendet über Personio. Antworten gehen an Lea Dittmer."),
    html_cte="quoted-printable")

# 20 -- Datos Clínicos Gràcia: videollamada.
inv(slug="dcg_videollamada", lang="es", company="Datos Clínicos Gràcia",
    contact="jordi.puigdomenech@dcgracia.example.es",
    frm=("Jordi Puigdomènech", "jordi.puigdomenech@dcgracia.example.es"),
    subject="Entrevista data entry – Datos Clínicos Gràcia", subj_enc=("utf-8", "Q"),
    date="2026-09-08 11:22", key="dcg_invite", refs=["ext-dcg-app"],
    text=t("""
    Hola Wiebke,

    he visto tu candidatura para el puesto de data entry en nuestro estudio de cardiología y
    me gustaría hablar contigo. ¿Te va bien una videollamada el martes 15 de septiembre a las
    17:00? Usaremos Google Meet: https://meet.example.es/dcg-wsh-0915

    La conversación será en castellano con algo de inglés, no te preocupes por el catalán.

    Un saludo,
    Jordi Puigdomènech
    Responsable de Data Management · Datos Clínicos Gràcia
    """), shell="gmail")

# 21 -- Hunze UMC: panel interview, Outlook with the calendar REQUEST inline.
inv(slug="hunze_panel_outlook", lang="en", company="Hunze University Medical Centre",
    contact=HUNZE[1], frm=HUNZE,
    subject="Invitation: panel interview Research Data Entry Officer (vac. 26.0412)",
    date="2026-06-10 15:05", key="hunze_invite", refs=["hunze_ack"],
    text=t("""
    Dear Wiebke,

    On behalf of the selection committee I am pleased to invite you to a panel interview for
    the position of Research Data Entry Officer (vacancy 26.0412).

    Date: Wednesday 17 June 2026
    Time: 14:00–15:00
    Location: Hunze UMC, Triadegebouw, room T2.18, Hanzeplein 80, Groningen

    The panel consists of Dr Pieter Mulder (biobank manager), Ms Anouk Kooistra (senior data
    officer) and myself. You will be asked to give a five-minute introduction of yourself
    without slides.

    Travel expenses from Bremen can be reimbursed; please keep your train tickets.

    With kind regards,
    Marloes de Vries
    Recruiter, HR Services, Hunze University Medical Centre
    """), shell="outlook",
    cal=dict(uid="040000008200E00074C5B7101A82E00800000000hunze_26_0412", seq=0,
             start="2026-06-17 14:00", end="2026-06-17 15:00", tzid="W. Europe Standard Time",
             summary="Panel interview W. Santangelo-Hoffmann (26.0412)",
             location="Triadegebouw T2.18", organizer=("Marloes de Vries", HUNZE[1]),
             attendees=[("Pieter Mulder", "p.mulder@hunze-umc.example.nl"),
                        ("Anouk Kooistra", "a.kooistra@hunze-umc.example.nl")],
             cte="7bit"))

# 22 -- Institut für Arzneimittelsicherheit Weser: formal selection interview, disclaimer.
inv(slug="iaw_auswahlgespraech", lang="de", company="Institut für Arzneimittelsicherheit Weser",
    contact="g.rathjen@iaw-bremen.example.de",
    frm=("Gesa Rathjen", "g.rathjen@iaw-bremen.example.de"),
    subject="Einladung zum Auswahlgespräch – Ausschreibung IAW-03/2026",
    date="2026-02-23 09:12", key="iaw_invite", refs=["iaw_ack"], cs="windows-1252",
    text=t("""
    Sehr geehrte Frau Santangelo-Hoffmann,

    die Auswahlkommission hat Ihre Bewerbung auf die Stelle einer Dokumentationskraft im
    Projekt „Arzneimittelrisiken bei Pflegeheimbewohnern“ geprüft und lädt Sie zu einem
    Auswahlgespräch ein:

    Montag, 2. März 2026, 9:00 Uhr
    Institut für Arzneimittelsicherheit Weser, Seminarraum 0.12, An der Universität 3,
    28359 Bremen

    Das Gespräch dauert etwa 40 Minuten. Eine Vertretung des Personalrats und die
    Gleichstellungsbeauftragte sind anwesend. Reisekosten können leider nicht erstattet
    werden.

    Bitte teilen Sie uns bis zum 26. Februar mit, ob Sie den Termin wahrnehmen.

    Mit freundlichen Grüßen
    Gesa Rathjen
    Sekretariat Prof. Dr. H. Wübbena
    Institut für Arzneimittelsicherheit Weser (IAW)
    Tel. 0421 218 60 412

    Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige
    Adressat sein, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
    """), cte="base64")

# 23 -- Biopôle Meinau: phone screen via Workable, Reply-To the recruiter.
inv(slug="biopole_entretien_tel", lang="fr", company="Biopôle Meinau",
    contact="lea.schaeffer@biopole-meinau.example.fr",
    frm=("Biopôle Meinau", "noreply@workablemail.com"), name_enc=("utf-8", "B"),
    reply_to=("Léa Schaeffer", "lea.schaeffer@biopole-meinau.example.fr"),
    subject="Biopôle Meinau : échange téléphonique pour le poste d'assistante saisie",
    date="2026-03-17 09:30", tz="+0000", key="bpm_invite",
    text=t("""
    Bonjour Wiebke,

    Merci pour votre candidature au poste d'assistante saisie de données cliniques.

    Je vous propose un premier échange téléphonique de 20 minutes le mercredi 25 mars à 11h00.
    Je vous appellerai au numéro indiqué dans votre CV. Si ce créneau ne vous convient pas,
    répondez simplement à ce message avec vos disponibilités.

    À bientôt,
    Léa Schaeffer
    Talent acquisition – Biopôle Meinau
    """), shell="ats",
    shell_args=dict(brand="Biopôle Meinau", color="#3b6e8f",
                    footer="Envoyé avec Workable. Les réponses sont transmises à Léa Schaeffer."))

# 24 -- Maschsee Klinik: telephone interview.
inv(slug="maschsee_telefoninterview", lang="de", company="Maschsee Klinik",
    contact="a.buesing@maschsee-klinik.example.de",
    frm=("Andrea Büsing", "a.buesing@maschsee-klinik.example.de"), name_enc=("utf-8", "B"),
    subject="Telefoninterview am 28.07. um 10:00 Uhr", date="2026-07-20 13:50",
    key="msk_invite", refs=["msk_app"],
    text=t("""
    Sehr geehrte Frau Santangelo-Hoffmann,

    danke für Ihre Bewerbung als Mitarbeiterin Medizinische Dokumentation. Wir möchten gern
    ein erstes Telefoninterview mit Ihnen führen.

    Ich rufe Sie am Dienstag, 28. Juli, um 10:00 Uhr unter 0151 2384 6610 an. Das Gespräch
    dauert etwa 20 Minuten. Bitte geben Sie mir kurz Bescheid, ob das passt.

    Mit freundlichen Grüßen
    Andrea Büsing
    Personalabteilung
    Maschsee Klinik, Rudolf-von-Bennigsen-Ufer 40, 30173 Hannover
    """), cs="iso-8859-1")

# 25 -- Eemsdelta Data Services: Ashby self-scheduling with the recruiter as Reply-To.
inv(slug="eemsdelta_ashby_schedule", lang="en", company="Eemsdelta Data Services",
    contact="tom.huizinga@eemsdelta.example.nl",
    frm=("Tom Huizinga (Eemsdelta)", "no-reply@ashbyhq.com"),
    reply_to=("Tom Huizinga", "tom.huizinga@eemsdelta.example.nl"),
    subject="Schedule your interview with Eemsdelta Data Services",
    date="2026-03-04 10:41", tz="+0000", key="eem_invite", refs=["eem_ack"],
    html_text=t("""
    Hi Wiebke,

    Thanks for your application for the Data Entry Analyst opening. We'd like to move you to
    the next stage: a 40-minute Zoom interview with me and Eva from our data quality team.

    Please pick a time that suits you using the link below. All times are shown in your
    local time zone.

    Looking forward to it,
    Tom Huizinga
    Recruiter, Eemsdelta Data Services
    """), shell="ats",
    shell_args=dict(brand="Eemsdelta Data Services", color="#22577a",
                    button=("Choose a time", "https://app.ashbyhq.com/interview-scheduling/eemsdelta/5d1c"),
                    footer="Powered by Ashby. Replies go to Tom Huizinga."))

# 26 -- Pharmapool Personaldienste sets up the client interview at Klinikum Ammerland-Hunte.
inv(slug="pharmapool_client_ammerland", lang="de", company="Klinikum Ammerland-Hunte",
    contact="n.bruening@pharmapool.example.de",
    frm=("Nadine Brüning", "n.bruening@pharmapool.example.de"), name_enc=("iso-8859-1", "B"),
    subject="Kundentermin Klinikum Ammerland-Hunte am 27.01. in Westerstede",
    date="2026-01-21 15:18", key="pp_invite", refs=["pp_reg"], cs="windows-1252",
    cte="quoted-printable",
    text=t("""
    Hallo Frau Santangelo-Hoffmann,

    wie telefonisch besprochen, hier die Eckdaten für Ihr Vorstellungsgespräch bei unserem
    Kunden, dem Klinikum Ammerland-Hunte:

    • Dienstag, 27. Januar 2026, 9:00 Uhr
    • Klinikum Ammerland-Hunte, Lange Straße 38, 26655 Westerstede, Pflegedirektion (Raum 214)
    • Gesprächspartner: Herr Oltmer, Pflegedirektor, und Frau Kruse, Leitung Patientenaufnahme
    • Position: Dokumentationsassistenz in der Patientenaufnahme, Einsatz über Pharmapool

    Die Fahrtkosten ab Bremen übernehmen wir. Melden Sie sich bitte nach dem Gespräch kurz
    bei mir.

    Freundliche Grüße
    Nadine Brüning
    Disponentin Gesundheitswesen
    Pharmapool Personaldienste GmbH · Contrescarpe 46 · 28195 Bremen · Tel. 0421 3397 281
    """))

# ====================================================== reschedules and cancellations (15)

# 1 -- Hanse Clinical Research moves the phone screen; the quote is the original invitation.
move(slug="hanse_screen_verschoben", lang="de", company="Hanse Clinical Research",
     contact=HCR[1], frm=HCR, subject="AW: Kurzes Telefonat zu Ihrer Bewerbung (Clinical Data Entry)",
     date="2026-09-01 08:25", key="hcr_move", refs=["hcr_ack", "hcr_screen", "ext-hcr-confirm"],
     text=t("""
     Guten Morgen Frau Santangelo-Hoffmann,

     danke für Ihre schnelle Zusage. Leider hat sich bei mir am Donnerstagvormittag ein
     Workshop mit einem Sponsor dazwischengeschoben. Können wir unser Telefonat auf Freitag,
     4. September, 9:30 Uhr verlegen? Die Dauer bleibt bei etwa 30 Minuten.

     Falls Freitag nicht geht, nennen Sie mir gern eine Alternative in der kommenden Woche.

     Viele Grüße
     Tobias Renken
     Recruiting | Hanse Clinical Research GmbH

     """) + wrote("de", "31.08.2026 um 12:04", CAND_NAME, CAND_ADDR, t("""
     Guten Tag Herr Renken,

     vielen Dank für Ihre Nachricht. Donnerstag, 3. September, 11:00 Uhr passt mir sehr gut;
     Sie erreichen mich unter 0151 2384 6610.

     Viele Grüße
     Wiebke Santangelo-Hoffmann

     """) + wrote("de", "31.08.2026 um 09:40", "Tobias Renken", HCR[1], t("""
     Guten Morgen Frau Santangelo-Hoffmann,

     ich würde gern ein erstes telefonisches Kennenlernen von etwa 30 Minuten mit Ihnen
     führen. Passt es Ihnen am Donnerstag, 3. September, um 11:00 Uhr?
     """))), cte="quoted-printable")

# 2 -- Amager Clinical Data: calendar update, same UID, SEQUENCE bumped.
move(slug="amager_ics_update", lang="en", company="Amager Clinical Data", contact=AMG[1],
     frm=AMG, name_enc=("utf-8", "B"),
     subject="Updated invitation: Interview Wiebke Santangelo-Hoffmann @ Wed 20 May 09:30",
     date="2026-05-15 16:20", key="amg_update", refs=["amg_invite"],
     text=t("""
     Hi Wiebke,

     Rasmus has been pulled into a sponsor audit on Tuesday afternoon, so we need to move our
     interview. The new time is Wednesday 20 May, 09:30–10:15 Copenhagen time, same Teams link.

     The updated invitation replaces the old one in your calendar. Sorry for the shuffle!

     Mette
     """), shell="simple",
     cal=dict(uid="tt-amg-5531-wsh@teamtailor.com", seq=1, start="2026-05-20 09:30",
              end="2026-05-20 10:15", tzid="Europe/Copenhagen",
              summary="Interview: Wiebke Santangelo-Hoffmann / Data Entry Coordinator",
              location="Microsoft Teams", organizer=AMG,
              attendees=[("Rasmus Holm", "rasmus.holm@amager-cd.example.dk")],
              prodid="-//Teamtailor//Interview scheduler//EN",
              description="Rescheduled. Join: https://teams.example.dk/l/meetup-join/amg-5531"))

# 3 -- Hospital del Turó: cambio de hora.
move(slug="turo_cambio_hora", lang="es", company="Hospital del Turó",
     contact="mvilaro@hospitalturo.example.es",
     frm=("Montserrat Vilaró", "mvilaro@hospitalturo.example.es"), name_enc=("iso-8859-1", "Q"),
     subject="RE: Convocatoria a entrevista – cambio de fecha", subj_enc=("utf-8", "B"),
     date="2026-04-30 09:14", key="turo_move", refs=["turo_app", "turo_invite"],
     cs="iso-8859-1", cte="8bit",
     text=t("""
     Hola Wiebke:

     Te escribo porque la Sra. Anglès tiene que cubrir una auditoría el lunes por la mañana.
     ¿Podemos pasar la entrevista al martes 5 de mayo a las 12:30, en la misma sala? Si no
     te va bien, proponme otra hora esa semana.

     Perdona las molestias.

     Montserrat

     -----Mensaje original-----
     De: Montserrat Vilaró
     Enviado el: viernes, 24 de abril de 2026 12:33
     Para: Wiebke Santangelo-Hoffmann
     Asunto: Convocatoria a entrevista - Técnico/a de documentación clínica

     Te convocamos a una entrevista el lunes 4 de mayo a las 10:00 h en el edificio de
     administración del hospital (Passeig del Turó 45, planta 2, sala Montseny).
     """))

# 4 -- Leinetal Biometrics via Greenhouse: the interviewer is ill.
move(slug="leinetal_interviewer_ill", lang="en", company="Leinetal Biometrics",
     contact="hannah.lindqvist@leinetal-biometrics.example.de",
     frm=("Hannah Lindqvist via Greenhouse", "no-reply@greenhouse-mail.io"),
     reply_to=("Hannah Lindqvist", "hannah.lindqvist@leinetal-biometrics.example.de"),
     subject="Change to your interview with Leinetal Biometrics", date="2026-03-09 11:05",
     tz="-0400", key="lei_ill", refs=["lei_invite"],
     text=t("""
     Hi Wiebke,

     Unfortunately Felix is off sick this week, so we can't hold tomorrow's interview as
     planned. Rather than replace him, we'd like to keep him on the panel: could you do
     Thursday, March 12 at 4:00 PM CET instead? The video link stays the same.

     Apologies for the late notice, and thanks for your flexibility.

     Best,
     Hannah
     """), shell="ats",
     shell_args=dict(brand="Leinetal Biometrics", color="#4b286d",
                     footer="Sent via Greenhouse. Reply to this email to reach Hannah."))

# 5 -- Nordwest Krankenkasse: METHOD:CANCEL, the meeting is called off but not the process.
move(slug="nordwest_absage_termin_cancel", lang="de", company="Nordwest Krankenkasse",
     contact=NWK[1], frm=NWK,
     subject="Abgesagt: Vorstellungsgespräch Sachbearbeitung Datenerfassung",
     date="2026-04-17 15:44", key="nw_cancel", refs=["nw_ack", "nw_invite"],
     text=t("""
     Sehr geehrte Frau Santangelo-Hoffmann,

     leider müssen wir das Gespräch am kommenden Mittwoch absagen, weil Frau Grotheer
     kurzfristig ausfällt. Ihre Bewerbung bleibt selbstverständlich im Verfahren – ich melde
     mich in der nächsten Woche mit einem neuen Terminvorschlag.

     Bitte entschuldigen Sie die Umstände.

     Mit freundlichen Grüßen
     Thorsten Meiners
     Personalentwicklung, Nordwest Krankenkasse
     """), shell="outlook",
     cal=dict(method="CANCEL", uid="040000008200E00074C5B7101A82E0080000000050A1_nwkk_0422",
              seq=1, start="2026-04-22 09:30", end="2026-04-22 10:30",
              tzid="W. Europe Standard Time",
              summary="Abgesagt: Vorstellungsgespräch W. Santangelo-Hoffmann",
              location="Hauptverwaltung, Raum 4.07"))

# 6 -- Rhénanie Recherche Clinique: interview moved by one day.
move(slug="rhenanie_decale", lang="fr", company="Rhénanie Recherche Clinique",
     contact="camille.oberle@rhenanie-rc.example.fr",
     frm=("Camille Oberlé", "camille.oberle@rhenanie-rc.example.fr"),
     subject="RE: Invitation à un entretien – nouvel horaire", date="2026-06-17 18:02",
     key="rrc_move", refs=["rrc_ack", "rrc_invite", "ext-rrc-confirm"],
     text=t("""
     Bonjour Madame Santangelo-Hoffmann,

     M. Haegel sera en visite de site à Colmar lundi après-midi. Serait-il possible de décaler
     notre entretien au mardi 23 juin à 9h30 ? Le lieu reste inchangé.

     Merci de votre compréhension, et toutes mes excuses pour ce changement.

     Camille Oberlé
     Chargée de recrutement – Rhénanie Recherche Clinique

     """) + wrote("fr", "mar. 16 juin 2026 à 07:55", CAND_NAME, CAND_ADDR, t("""
     Bonjour Madame Oberlé,

     Merci pour votre invitation, je serai bien présente le lundi 22 juin à 14h00.

     Cordialement,
     Wiebke Santangelo-Hoffmann
     """)), shell="gmail")

# 7 -- Elbstrom Pharma: Workday notice that the slot was moved.
move(slug="elbstrom_workday_verschoben", lang="de", company="Elbstrom Pharma", contact="",
     frm=("Elbstrom Pharma", "elbstrom@myworkday.com"),
     subject="Ihr Interviewtermin wurde geändert", date="2026-03-13 12:47", tz="+0000",
     key="elb_move", refs=["elb_ack", "elb_invite"],
     headers=[("Auto-Submitted", "auto-generated")],
     text=t("""
     Hallo Wiebke,

     der Termin für Ihr Interview zur Position Clinical Data Associate (R-0031877) wurde vom
     Hiring-Team geändert.

     Bisher: Dienstag, 17. März 2026, 10:00 Uhr
     Neu: Donnerstag, 19. März 2026, 14:00 Uhr
     Ort: Elbstrom Pharma, Am Sandtorkai 41, 20457 Hamburg, Empfang EG

     Sollte der neue Termin nicht passen, können Sie über Ihr Kandidatenkonto einen anderen
     Zeitraum anfragen.

     Ihr Elbstrom Pharma Recruiting Team
     """), shell="ats",
     shell_args=dict(brand="Elbstrom Pharma – Careers", color="#005a70",
                     button=("Kandidatenkonto öffnen", "https://wd3.myworkday.com/elbstrom/d/home"),
                     footer="Diese Nachricht wurde automatisch von Workday versendet."))

# 8 -- Weserklinikum Bremen confirms the moved trial day she asked for.
move(slug="weserklinikum_hospitation_verlegt", lang="de", company="Weserklinikum Bremen",
     contact="b.hollmann@weserklinikum.example.de",
     frm=("Birte Hollmann", "b.hollmann@weserklinikum.example.de"),
     subject="AW: Hospitationstag 5. Februar", date="2026-01-29 11:37",
     key="wk_move", refs=["wk_ack", "wk_trial", "wk_ownmove"],
     text=t("""
     Liebe Frau Santangelo-Hoffmann,

     das ist gar kein Problem. Ich habe mit Frau Dr. Rohlfs gesprochen: Ihr Hospitationstag
     findet nun am Dienstag, 10. Februar, von 8:00 bis ca. 14:00 Uhr statt. Treffpunkt bleibt
     der Haupteingang Haus C.

     Viele Grüße
     Birte Hollmann
     Personalreferentin | Weserklinikum Bremen gGmbH
     Am Weserdeich 5, 28199 Bremen | Tel. 0421 6080-1132

     """) + outlook("de", "Wiebke Santangelo-Hoffmann <wiebke.sh@example.de>",
                    "Dienstag, 27. Januar 2026 19:12",
                    "Birte Hollmann <b.hollmann@weserklinikum.example.de>",
                    "Hospitationstag 5. Februar", t("""
     Liebe Frau Hollmann,

     herzlichen Dank für die Einladung zum Hospitationstag! Am 5. Februar habe ich leider
     Frühdienst in der Apotheke und finde keine Vertretung. Wäre ein Tag in der Woche danach
     möglich, am liebsten Dienstag oder Mittwoch?

     Viele Grüße
     Wiebke Santangelo-Hoffmann
     """)), shell="outlook", cs="windows-1252", cte="8bit", html_cs="utf-8")

# 9 -- Kastellet Search: the client moved the interview.
move(slug="kastellet_bryghus_moved", lang="en", company="Bryghus Biologics",
     contact="oliver@kastellet-search.example.dk",
     frm=("Oliver Brandt-Mikkelsen", "oliver@kastellet-search.example.dk"),
     subject="Bryghus – new time on Friday", date="2026-07-17 08:52", key="kast_move",
     refs=["kast_cold", "kast_cv", "kast_invite"],
     text=t("""
     Morning Wiebke,

     Signe at Bryghus has to be in Aarhus on Wednesday for an inspection, so they've asked to
     move your interview to Friday 24 July, 13:00–14:00, same address. Tobias will join by
     video. I've told them you'd most likely be fine with it but please confirm so I can lock
     it in.

     Oliver
     """))

# 10 -- Hafenblick Personal: Alsterpark Kliniken moved the appointment.
move(slug="hafenblick_alsterpark_verschoben", lang="de", company="Alsterpark Kliniken",
     contact="d.oltmanns@hafenblick-personal.example.de",
     frm=("Dennis Oltmanns", "d.oltmanns@hafenblick-personal.example.de"),
     subject="Terminänderung Alsterpark Kliniken", subj_enc=("iso-8859-1", "B"),
     date="2026-02-19 10:03", key="hfb_move", refs=["hfb_reg", "hfb_invite"],
     text=t("""
     Hallo Frau Santangelo-Hoffmann,

     kurze Änderung: Frau Dr. Petersen ist am Dienstag auf einer Fortbildung. Ihr Gespräch bei
     den Alsterpark Kliniken findet stattdessen am Donnerstag, 26. Februar, um 15:00 Uhr statt,
     gleiche Adresse, gleicher Raum.

     Passt Ihnen das? Dann gebe ich es so an die Klinik weiter.

     Viele Grüße
     Dennis Oltmanns
     Hafenblick Personal GmbH | Mobil 0172 448 2916
     """), cs="iso-8859-1", cte="base64")

# 11 -- Hunze UMC: calendar update with a new room and time (SEQUENCE bumped).
move(slug="hunze_room_and_time_update", lang="en", company="Hunze University Medical Centre",
     contact=HUNZE[1], frm=HUNZE,
     subject="Updated: panel interview Research Data Entry Officer – now 10:00, room T1.05",
     date="2026-06-15 09:22", key="hunze_update", refs=["hunze_ack", "hunze_invite"],
     text=t("""
     Dear Wiebke,

     Please note two changes to your panel interview on Wednesday 17 June: because of a
     building inspection in the Triadegebouw, the interview will now start at 10:00 instead of
     14:00 and take place in room T1.05 on the ground floor. The panel is unchanged.

     I have updated the calendar invitation accordingly. I hope the earlier time still works
     with your train from Bremen; if not, please call me on +31 50 361 7720.

     With kind regards,
     Marloes de Vries
     """), shell="outlook",
     cal=dict(uid="040000008200E00074C5B7101A82E00800000000hunze_26_0412", seq=1,
              start="2026-06-17 10:00", end="2026-06-17 11:00", tzid="W. Europe Standard Time",
              summary="Panel interview W. Santangelo-Hoffmann (26.0412)",
              location="Triadegebouw T1.05 (ground floor)",
              organizer=("Marloes de Vries", HUNZE[1]),
              attendees=[("Pieter Mulder", "p.mulder@hunze-umc.example.nl"),
                         ("Anouk Kooistra", "a.kooistra@hunze-umc.example.nl")]))

# 12 -- Leinemark Krankenversicherung: the assessment centre is called off (METHOD:CANCEL).
move(slug="leinemark_ac_abgesagt", lang="de", company="Leinemark Krankenversicherung",
     contact=LKV[1], frm=LKV, subject="Absage des Assessment-Centers am 10. Juni",
     date="2026-06-02 14:58", key="lkv_accancel", refs=["lkv_ack", "lkv_ac"],
     text=t("""
     Sehr geehrte Frau Santangelo-Hoffmann,

     aufgrund eines Warnstreiks im Nahverkehr und mehrerer Absagen von Beobachtern müssen wir
     das Assessment-Center am 10. Juni leider ausfallen lassen. Ihre Bewerbung ist davon nicht
     betroffen; wir planen einen Ersatztermin und melden uns, sobald er feststeht.

     Den Kalendereintrag habe ich storniert.

     Mit freundlichen Grüßen
     Katrin Vosswinkel
     Personalgewinnung
     Leinemark Krankenversicherung
     Brühlstraße 21, 30169 Hannover
     """), shell="outlook", cs="windows-1252",
     cal=dict(method="CANCEL", uid="sf-ac-2026-0519-leinemark", seq=1,
              start="2026-06-10 08:30", end="2026-06-10 15:30",
              summary="Assessment-Center Kundenberater/in Datenpflege",
              location="Bildungszentrum, Brühlstraße 21, Hannover", cte="base64"))

# 13 -- Intérim Kléber: the client cancelled the meeting, a new date will follow.
move(slug="kleber_orangerie_annule", lang="fr", company="Clinique Orangerie",
     contact="s.wendling@interim-kleber.example.fr",
     frm=("Sophie Wendling", "s.wendling@interim-kleber.example.fr"),
     subject="Entretien de lundi annulé – Clinique Orangerie", date="2026-02-06 12:41",
     key="ik_cancel", refs=["ik_reg", "ik_invite"], cs="windows-1252", cte="quoted-printable",
     text=t("""
     Bonjour Wiebke,

     Mauvaise nouvelle de dernière minute : Mme Roth m'informe que la Clinique Orangerie doit
     annuler l'entretien de lundi à cause d'une inspection de l'ARS. Rien de grave pour votre
     candidature, le poste reste ouvert et elle tient à vous voir.

     Je vous rappelle dès qu'elle m'a donné une nouvelle date, normalement en début de semaine
     prochaine.

     Bon week-end quand même !
     Sophie
     """))

# 14 -- Medixa Studienzentrum: the booked appointment has to be dropped, new proposal.
move(slug="medixa_termin_faellt_aus", lang="de", company="Medixa Studienzentrum",
     contact="lea.dittmer@medixa.example.de",
     frm=("Lea Dittmer", "lea.dittmer@medixa.example.de"),
     subject="Unser Termin morgen – neuer Vorschlag", date="2026-04-22 17:35",
     key="mdx_move", refs=["mdx_ack", "mdx_invite"],
     text=t("""
     Liebe Frau Santangelo-Hoffmann,

     unser Gespräch morgen um 10 Uhr muss leider ausfallen: Bei uns steht überraschend ein
     Monitoring-Besuch eines Sponsors an, den ich begleiten muss.

     Ich schlage Ihnen stattdessen Dienstag, 28. April, 10:00 Uhr vor, wieder bei uns in der
     Spaldingstraße. Sagen Sie mir einfach, ob das geht.

     Viele Grüße
     Lea Dittmer
     Leitung Studienkoordination | Medixa Studienzentrum Hamburg
     """), cte="base64")

# 15 -- Vesterbro Health Analytics: "can we push to Friday".
move(slug="vesterbro_push_to_friday", lang="en", company="Vesterbro Health Analytics",
     contact="lars@vesterbro-ha.example.dk", frm=("Lars Winther", "lars@vesterbro-ha.example.dk"),
     subject="Re: quick chat?", date="2026-08-12 22:06", key="vha_move",
     refs=["vha_invite", "ext-vha-reply"],
     text=t("""
     Ah, sorry – something came up for Thursday. Can we push to Friday, same time (14:30)?
     New Meet link: https://meet.example.dk/vha-lw-0814

     Lars

     """) + wrote("en", "Tue, 11 Aug 2026, 19:20", CAND_NAME, CAND_ADDR, t("""
     Hi Lars,

     Thursday at 14:30 would be perfect. Looking forward to it!

     Wiebke
     """)))

# ============================================================ missed-interview notices (10)

# 1 -- Martini Trials: "we waited on Teams".
missed(slug="martini_waited_on_teams", lang="en", company="Martini Trials",
       contact="sanne.bakker@martinitrials.example.nl",
       frm=("Sanne Bakker", "sanne.bakker@martinitrials.example.nl"),
       subject="Our call this morning", date="2026-04-17 10:31", key="mt_missed",
       refs=["mt_ack", "mt_screen"],
       text=t("""
       Hi Wiebke,

       We waited on Teams for you from 10:00 until 10:20 this morning, but you didn't join,
       and I couldn't reach you on the number in your CV either. I hope everything is okay.

       Could you let me know what happened? If you're still interested, reply with a few
       times that work for you next week.

       Best,
       Sanne Bakker
       Talent Partner | Martini Trials B.V.
       +31 50 211 4408
       """), shell="gmail")

# 2 -- Maschsee Klinik: tried calling twice at 10:00.
missed(slug="maschsee_zweimal_angerufen", lang="de", company="Maschsee Klinik",
       contact="a.buesing@maschsee-klinik.example.de",
       frm=("Andrea Büsing", "a.buesing@maschsee-klinik.example.de"), name_enc=("utf-8", "Q"),
       subject="Telefoninterview heute – nicht erreicht", date="2026-07-28 10:24",
       key="msk_missed", refs=["msk_app", "msk_invite"], cs="iso-8859-1", cte="quoted-printable",
       text=t("""
       Sehr geehrte Frau Santangelo-Hoffmann,

       ich habe heute um 10:00 Uhr und noch einmal um 10:10 Uhr versucht, Sie für unser
       vereinbartes Telefoninterview unter 0151 2384 6610 anzurufen, Sie aber nicht erreicht.
       Auch eine Mailbox war nicht geschaltet.

       Bitte melden Sie sich bis Ende der Woche bei mir, falls Sie weiterhin Interesse an der
       Stelle haben.

       Mit freundlichen Grüßen
       Andrea Büsing
       Personalabteilung, Maschsee Klinik
       """))

# 3 -- Intérim Kléber: the client waited in vain.
missed(slug="kleber_orangerie_absente", lang="fr", company="Clinique Orangerie",
       contact="s.wendling@interim-kleber.example.fr",
       frm=("Sophie Wendling", "s.wendling@interim-kleber.example.fr"),
       subject="Entretien de ce matin à la Clinique Orangerie", date="2026-02-16 11:02",
       key="ik_missed", refs=["ik_reg", "ik_invite", "ik_cancel"],
       text=t("""
       Bonjour Wiebke,

       Mme Roth vient de m'appeler : elle vous a attendue ce matin à 10h00 à l'accueil de la
       Clinique Orangerie pour l'entretien reprogrammé, et vous ne vous êtes pas présentée.
       Je n'arrive pas non plus à vous joindre sur votre portable.

       Pouvez-vous me rappeler dès que possible pour que je puisse lui donner une explication ?

       Sophie Wendling
       Consultante santé – Intérim Kléber
       03 88 15 42 90
       """), shell="simple")

# 4 -- Pharmapool: she did not appear at the client's appointment.
missed(slug="pharmapool_westerstede_nicht_erschienen", lang="de",
       company="Klinikum Ammerland-Hunte", contact="n.bruening@pharmapool.example.de",
       frm=("Nadine Brüning", "n.bruening@pharmapool.example.de"),
       subject="Termin Westerstede heute 9 Uhr?", date="2026-01-27 09:48",
       key="pp_missed", refs=["pp_reg", "pp_invite"],
       text=t("""
       Hallo Frau Santangelo-Hoffmann,

       Frau Kruse vom Klinikum Ammerland-Hunte hat mich gerade angerufen – Sie sind zum
       Gesprächstermin um 9:00 Uhr nicht erschienen, und man hat in der Pflegedirektion bis
       9:30 Uhr auf Sie gewartet. Auf dem Handy erreiche ich Sie leider auch nicht.

       Bitte melden Sie sich heute noch bei mir, damit ich dem Kunden Bescheid geben kann.

       Nadine Brüning
       Pharmapool Personaldienste · Tel. 0421 3397 281
       """), cte="8bit")

# 5 -- Talento Sanitario BCN: "te esperamos en Google Meet" (client not named).
missed(slug="talento_meet_no_conectaste", lang="es", company="Talento Sanitario BCN",
       contact="marta.ferrer@talentosanitario.example.es",
       frm=("Marta Ferrer", "marta.ferrer@talentosanitario.example.es"),
       subject="No te vimos en la videollamada de hoy", date="2026-06-09 12:18",
       refs=["ts_reg", "ext-ts-meet"],
       text=t("""
       Hola Wiebke:

       Esta mañana a las 11:00 te esperamos en Google Meet para la entrevista con nuestro
       cliente, una CRO de l'Eixample, y no llegaste a conectarte. Te llamé dos veces al
       móvil alemán sin respuesta.

       ¿Ha pasado algo? Escríbeme cuando puedas; si sigues interesada, intento recuperar el
       hueco con el cliente.

       Marta Ferrer
       Consultora · Talento Sanitario BCN
       Carrer de Pau Claris 162, 08037 Barcelona · 93 272 40 18
       """), cte="quoted-printable")

# 6 -- Eemsdelta Data Services: "you didn't join the Zoom".
missed(slug="eemsdelta_zoom_no_show", lang="en", company="Eemsdelta Data Services",
       contact="tom.huizinga@eemsdelta.example.nl",
       frm=("Tom Huizinga", "tom.huizinga@eemsdelta.example.nl"),
       subject="Missed you on Zoom today", date="2026-03-10 15:40", key="eem_missed",
       refs=["eem_ack", "eem_invite"],
       text=t("""
       Hi Wiebke,

       Eva and I were on the Zoom link for your 15:00 interview today but you didn't join.
       We stayed on until 15:20. I hope nothing serious happened.

       The scheduling link from last week should still let you pick a slot for Friday if you
       want to try again.

       Regards,
       Tom Huizinga
       Recruiter | Eemsdelta Data Services
       Zernikepark 6, 9747 AN Groningen
       """))

# 7 -- Huntetal Diagnostics: the colleague's boss could not reach her.
missed(slug="huntetal_nicht_erreicht", lang="de", company="Huntetal Diagnostics",
       contact="soenke.ahlers@huntetal-dx.example.de",
       frm=("Sönke Ahlers", "soenke.ahlers@huntetal-dx.example.de"),
       subject="Re: Laborstelle – hast du Donnerstag Zeit?", date="2026-06-25 17:02",
       key="hun_missed", refs=["hun_invite", "ext-hun-reply"],
       text=t("""
       Wiebke, was war los? Mein Chef hat dich um 16 Uhr angerufen und es um Viertel nach
       nochmal probiert, aber niemand ist rangegangen. Er war ein bisschen angefressen.

       Meld dich mal, vielleicht kann ich das noch geradebiegen.

       Sönke

       """) + wrote("de", "Mi., 24. Juni 2026 um 07:12", CAND_NAME, CAND_ADDR, t("""
       Hi Sönke,

       super, danke dir! Donnerstag 16 Uhr passt, meine Nummer ist 0151 2384 6610.

       Liebe Grüße
       Wiebke
       """)), cte="quoted-printable")

# 8 -- Fleetwerk Pharma: missed on Teams.
missed(slug="fleetwerk_teams_vermisst", lang="de", company="Fleetwerk Pharma",
       contact="merle.schacht@fleetwerk-pharma.example.de",
       frm=("Merle Schacht", "merle.schacht@fleetwerk-pharma.example.de"),
       subject="Unser Teams-Termin heute um 14 Uhr", date="2026-08-19 14:37",
       key="flw_missed", refs=["flw_ack", "ext-flw-invite"],
       text=t("""
       Hallo Frau Santangelo-Hoffmann,

       leider haben wir Sie heute um 14:00 Uhr im Teams-Meeting vermisst. Herr Dr. Kahle und
       ich haben eine Viertelstunde gewartet und Ihnen zwischendurch im Chat geschrieben.

       Vielleicht gab es technische Probleme? Geben Sie mir bitte kurz Rückmeldung, wie Sie
       weiter verfahren möchten.

       Beste Grüße
       Merle Schacht
       Recruiting | Fleetwerk Pharma GmbH | Billstraße 80, 20539 Hamburg
       """), shell="outlook")

# 9 -- Nyhavn Therapeutics: the recruiter could not reach her by phone.
missed(slug="nyhavn_not_reachable", lang="en", company="Nyhavn Therapeutics",
       contact="freja.dahl@nyhavn-tx.example.dk",
       frm=("Freja Dahl", "freja.dahl@nyhavn-tx.example.dk"),
       subject="Tried to reach you for our screening call", date="2026-02-02 11:26",
       refs=["nyh_ack", "ext-nyh-screen"],
       text=t("""
       Dear Wiebke,

       I tried calling you twice at 11:00 today for our scheduled screening call, on the
       +49 number you gave in the portal, but there was no answer.

       Please let me know if you would still like to have the call. I have limited
       availability this week, so the sooner the better.

       Kind regards,
       Freja Dahl
       Talent Acquisition Specialist
       Nyhavn Therapeutics A/S | Nyhavn 63C, 1051 København K
       """), shell="outlook", cte="base64")

# 10 -- Klinik Lesum-Burg: "Sie sind nicht erschienen".
missed(slug="lesumburg_nicht_erschienen", lang="de", company="Klinik Lesum-Burg",
       contact="c.meyerdierks@klinik-lesumburg.example.de",
       frm=("Claudia Meyerdierks", "c.meyerdierks@klinik-lesumburg.example.de"),
       subject="AW: Einladung zum Vorstellungsgespräch am 12.10.", date="2026-10-12 11:15",
       key="lsb_missed", refs=["ext-lsb-invite"], cs="iso-8859-1",
       text=t("""
       Sehr geehrte Frau Santangelo-Hoffmann,

       Sie sind heute zum vereinbarten Vorstellungsgespräch um 10:00 Uhr nicht erschienen.
       Frau Dr. Lange und ich haben bis 10:30 Uhr im Raum 1.14 gewartet.

       Falls etwas dazwischengekommen ist, lassen Sie es uns bitte wissen.

       Mit freundlichen Grüßen
       Claudia Meyerdierks
       Personalabteilung, Klinik Lesum-Burg
       """), cte="8bit")
