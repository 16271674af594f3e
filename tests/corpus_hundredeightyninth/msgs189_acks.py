# ruff: noqa
"""Corpus 189, hand-written: 21 application acknowledgements and 10 offers."""

from __future__ import annotations

from msgs189_common import CAND, CAND_ADDR, CAND_NAME, outlook, t, wrote

MESSAGES: list[dict] = []
ack = lambda **spec: MESSAGES.append(dict(kind="application_received", **spec))
offer = lambda **spec: MESSAGES.append(dict(kind="offer", **spec))

AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

# ============================================================ application received (21)

# 1 -- Hanse Clinical Research: Personio acknowledgement, no human address.
ack(slug="hanse_personio_eingang", lang="de", company="Hanse Clinical Research", contact="",
    frm=("Hanse Clinical Research GmbH", "noreply@personio.de"),
    subject="Ihre Bewerbung bei der Hanse Clinical Research GmbH", date="2026-08-24 21:16",
    key="hcr_ack", headers=AUTO,
    text=t("""
    Hallo Wiebke Santangelo-Hoffmann,

    vielen Dank für Ihre Bewerbung als Clinical Data Entry Specialist (m/w/d) in Bremen. Ihre
    Unterlagen sind vollständig bei uns angekommen.

    Unser Recruiting-Team sieht sich Ihre Bewerbung in den nächsten zwei Wochen an und meldet
    sich dann bei Ihnen. Den Status können Sie jederzeit in Ihrem Bewerberkonto einsehen.

    Beste Grüße
    Ihr Team der Hanse Clinical Research GmbH
    """), shell="ats",
    shell_args=dict(brand="Hanse Clinical Research", color="#1d3557",
                    button=("Bewerberkonto", "https://hanse-cr.jobs.personio.de/candidate"),
                    footer="Diese E-Mail wurde über Personio versendet. Bitte nicht antworten."))

# 2 -- Elbstrom Pharma: Workday, HTML only.
ack(slug="elbstrom_workday_eingang", lang="de", company="Elbstrom Pharma", contact="",
    frm=("Elbstrom Pharma", "elbstrom@myworkday.com"),
    subject="Eingangsbestätigung: Clinical Data Associate (R-0031877)",
    date="2026-03-02 06:33", tz="+0000", key="elb_ack", headers=AUTO,
    html_text=t("""
    Hallo Wiebke,

    danke, dass Sie sich für die Position Clinical Data Associate (R-0031877) am Standort
    Hamburg beworben haben. Wir haben Ihre Bewerbung erhalten.

    Unser Talent-Acquisition-Team prüft alle Unterlagen sorgfältig. Wenn Ihr Profil zu den
    Anforderungen passt, melden wir uns, um die nächsten Schritte zu besprechen. Den aktuellen
    Stand sehen Sie jederzeit in Ihrem Kandidatenkonto.

    Viele Grüße
    Elbstrom Pharma Talent Acquisition
    """), shell="ats",
    shell_args=dict(brand="Elbstrom Pharma – Careers", color="#005a70",
                    button=("Kandidatenkonto öffnen", "https://wd3.myworkday.com/elbstrom/d/home"),
                    footer="Diese Nachricht wurde automatisch von Workday versendet."))

# 3 -- Martini Trials: Lever acknowledgement.
ack(slug="martini_lever_received", lang="en", company="Martini Trials", contact="",
    frm=("Martini Trials", "no-reply@hire.lever.co"),
    subject="Thanks for applying to Martini Trials", date="2026-04-07 19:02", tz="+0000",
    key="mt_ack", headers=AUTO,
    text=t("""
    Hi Wiebke,

    Thanks for your application for the Clinical Data Assistant position in Groningen. We're
    excited that you're interested in joining our data management team!

    Our team is reviewing applications on a rolling basis. If your background fits what we're
    looking for, someone from the team will get in touch to set up a first conversation.

    Cheers,
    The Martini Trials team
    """), cte="7bit")

# 4 -- Rhénanie Recherche Clinique: Taleo acknowledgement.
ack(slug="rhenanie_taleo_accuse", lang="fr", company="Rhénanie Recherche Clinique",
    contact="", frm=("Rhénanie Recherche Clinique", "noreply@taleo.net"),
    name_enc=("iso-8859-1", "B"),
    subject="Accusé de réception de votre candidature - Réf. RRC-2026-044",
    subj_enc=("iso-8859-1", "Q"), date="2026-06-08 04:12", tz="+0000", key="rrc_ack",
    headers=AUTO, cs="iso-8859-1",
    text=t("""
    Madame Santangelo-Hoffmann,

    Nous accusons réception de votre candidature au poste de technicienne saisie de données
    (CDD 12 mois, réf. RRC-2026-044) et vous remercions de l'intérêt que vous portez à
    Rhénanie Recherche Clinique.

    Votre dossier va être étudié par notre équipe. Si votre profil correspond à nos attentes,
    nous prendrons contact avec vous dans les prochaines semaines.

    Service recrutement
    Rhénanie Recherche Clinique

    Ce message est généré automatiquement, merci de ne pas y répondre.
    """), shell="simple")

# 5 -- Weserklinikum Bremen: softgarden, "cannot answer everyone individually" (not a no).
ack(slug="weserklinikum_softgarden_eingang", lang="de", company="Weserklinikum Bremen",
    contact="", frm=("Weserklinikum Bremen", "noreply@softgarden.io"),
    subject="Vielen Dank für Ihre Bewerbung – Dokumentationsassistenz Zentralapotheke",
    date="2026-01-12 09:07", key="wk_ack", headers=AUTO,
    text=t("""
    Sehr geehrte Frau Santangelo-Hoffmann,

    herzlichen Dank für Ihre Bewerbung und Ihr Interesse am Weserklinikum Bremen. Ihre
    Unterlagen sind heute bei uns eingegangen.

    Wir erhalten auf diese Stelle sehr viele Bewerbungen und können leider nicht jeder
    Bewerberin und jedem Bewerber individuell auf Zwischenfragen antworten. Sobald die
    Fachabteilung Ihre Unterlagen gesichtet hat, erhalten Sie eine Nachricht von uns – in der
    Regel innerhalb von drei Wochen.

    Mit freundlichen Grüßen
    Ihr Personalmanagement
    Weserklinikum Bremen gGmbH
    """), shell="ats",
    shell_args=dict(brand="Weserklinikum Bremen · Karriere", color="#00647a",
                    footer="Versendet mit softgarden."))

# 6 -- Hafenblick Personal: registration confirmation, Reply-To the consultant.
ack(slug="hafenblick_registrierung", lang="de", company="Hafenblick Personal",
    contact="d.oltmanns@hafenblick-personal.example.de",
    frm=("Hafenblick Personal", "noreply@hafenblick-personal.example.de"),
    reply_to=("Dennis Oltmanns", "d.oltmanns@hafenblick-personal.example.de"),
    subject="Ihre Registrierung bei Hafenblick Personal ist abgeschlossen",
    date="2026-02-03 12:44", key="hfb_reg", headers=AUTO,
    text=t("""
    Hallo Frau Santangelo-Hoffmann,

    willkommen bei Hafenblick Personal! Ihre Registrierung in unserem Bewerberpool ist
    abgeschlossen und Ihr Lebenslauf liegt uns vor.

    Ihr persönlicher Ansprechpartner ist Dennis Oltmanns aus dem Team Healthcare. Er meldet
    sich in den nächsten Tagen telefonisch, um Ihre Wünsche zu Einsatzort, Arbeitszeit und
    Gehalt zu besprechen. Wenn Sie auf diese E-Mail antworten, landet Ihre Nachricht direkt
    bei ihm.

    Ihr Team von Hafenblick Personal
    Großer Burstah 31, 20457 Hamburg
    """), shell="simple", cs="windows-1252")

# 7 -- Nyhavn Therapeutics: iCIMS acknowledgement.
ack(slug="nyhavn_icims_received", lang="en", company="Nyhavn Therapeutics", contact="",
    frm=("Nyhavn Therapeutics Careers", "noreply@icims.com"),
    subject="Application received: Clinical Data Entry Specialist (Req 4471)",
    date="2026-01-20 23:40", tz="+0000", key="nyh_ack", headers=AUTO,
    html_text=t("""
    Dear Wiebke,

    Thank you for submitting your application for Clinical Data Entry Specialist (Req 4471).
    This email confirms that we have received it.

    Our recruitment team will review your qualifications. Should your profile match our
    needs, a member of the team will contact you to discuss next steps.

    You can review the status of your application at any time in the careers portal.

    Kind regards,
    Talent Acquisition, Nyhavn Therapeutics
    """), shell="ats",
    shell_args=dict(brand="Nyhavn Therapeutics | Careers", color="#0b3c5d",
                    button=("View application status",
                            "https://careers-nyhavn.icims.com/jobs/candidate"),
                    footer="Powered by iCIMS. Please do not reply."))

# 8 -- Intérim Kléber: registration confirmed by the consultant.
ack(slug="kleber_inscription_confirmee", lang="fr", company="Intérim Kléber",
    contact="s.wendling@interim-kleber.example.fr",
    frm=("Sophie Wendling", "s.wendling@interim-kleber.example.fr"),
    subject="Votre inscription chez Intérim Kléber", date="2026-01-14 16:20", key="ik_reg",
    text=t("""
    Bonjour Wiebke,

    Suite à notre rendez-vous de ce matin, je vous confirme que votre inscription chez
    Intérim Kléber est finalisée : votre dossier (CV, pièce d'identité, diplôme de PTA et
    traduction) est complet et enregistré dans notre base.

    Je vous proposerai des missions dans le secteur santé à Strasbourg et dans l'Eurométropole
    dès qu'une offre correspond à votre profil.

    Bonne journée,
    Sophie Wendling
    Consultante santé – Intérim Kléber
    5 place Kléber, 67000 Strasbourg – 03 88 15 42 90
    """), shell="outlook", cte="quoted-printable")

# 9 -- Laboratorios Montjuïc: Recruitee acknowledgement.
ack(slug="montjuic_recruitee_recibida", lang="es", company="Laboratorios Montjuïc",
    contact="", frm=("Laboratorios Montjuïc", "noreply@jobs.recruitee.com"),
    name_enc=("utf-8", "Q"),
    subject="Hemos recibido tu candidatura – Auxiliar de entrada de datos clínicos",
    date="2026-09-01 08:59", tz="+0000", key="mtj_ack", headers=AUTO,
    text=t("""
    Hola Wiebke,

    ¡Gracias por tu interés en Laboratorios Montjuïc! Confirmamos que hemos recibido tu
    candidatura para el puesto de Auxiliar de entrada de datos clínicos.

    Nuestro equipo la revisará en las próximas semanas. Si tu perfil encaja, te contactaremos
    para los siguientes pasos.

    Un saludo,
    Equipo de Talento · Laboratorios Montjuïc
    """), shell="ats",
    shell_args=dict(brand="Laboratorios Montjuïc · Empleo", color="#b5452b",
                    footer="Enviado desde Recruitee. No respondas a este mensaje."))

# 10 -- Leinemark Krankenversicherung: SuccessFactors acknowledgement, iso-8859-1.
ack(slug="leinemark_sf_eingang", lang="de", company="Leinemark Krankenversicherung",
    contact="", frm=("Leinemark Krankenversicherung Karriere", "noreply@successfactors.eu"),
    subject="Bewerbungseingang – Referenz 2026-0519", date="2026-05-04 07:21", tz="+0000",
    key="lkv_ack", headers=AUTO, cs="iso-8859-1",
    text=t("""
    Sehr geehrte Frau Santangelo-Hoffmann,

    wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Kundenberater/in Datenpflege
    (Referenz 2026-0519).

    Bitte haben Sie Verständnis dafür, dass die Prüfung der Unterlagen einige Zeit in Anspruch
    nimmt. Über den weiteren Verlauf informieren wir Sie unaufgefordert.

    Mit freundlichen Grüßen
    Ihr Recruiting-Team der Leinemark Krankenversicherung

    Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.
    """))

# 11 -- Eemsdelta Data Services: Ashby acknowledgement.
ack(slug="eemsdelta_ashby_received", lang="en", company="Eemsdelta Data Services",
    contact="", frm=("Eemsdelta Data Services", "no-reply@ashbyhq.com"),
    subject="We received your application!", date="2026-02-24 13:11", tz="+0000",
    key="eem_ack", headers=AUTO,
    text=t("""
    Hi Wiebke,

    Thanks for applying for the Data Entry Analyst role at Eemsdelta Data Services. This is a
    quick note to confirm that your application came through.

    We read every application ourselves. You'll hear from us within about ten working days,
    whatever the outcome.

    The Eemsdelta team
    """), shell="ats",
    shell_args=dict(brand="Eemsdelta Data Services", color="#22577a",
                    footer="Powered by Ashby."))

# 12 -- Pharmapool Personaldienste: registration, the consultant only in the signature.
ack(slug="pharmapool_registrierung", lang="de", company="Pharmapool Personaldienste",
    contact="", frm=("Pharmapool Personaldienste", "noreply@pharmapool.example.de"),
    subject="Willkommen im Bewerberpool – Ihre Registrierung", date="2026-01-08 18:30",
    key="pp_reg", headers=AUTO, cs="windows-1252", cte="base64",
    text=t("""
    Liebe Frau Santangelo-Hoffmann,

    vielen Dank für Ihre Registrierung bei Pharmapool Personaldienste. Wir haben Ihren
    Lebenslauf und Ihre PTA-Urkunde erhalten und in Ihr Bewerberprofil übernommen.

    Ihre zuständige Disponentin ist Frau Nadine Brüning (n.bruening@pharmapool.example.de,
    Tel. 0421 3397 281). Sie meldet sich zeitnah bei Ihnen, um ein Kennenlerngespräch zu
    vereinbaren – bitte antworten Sie nicht auf diese automatische E-Mail.

    Freundliche Grüße
    Pharmapool Personaldienste GmbH · Contrescarpe 46 · 28195 Bremen
    „Menschen für die Pharmazie“
    """))

# 13 -- Christianshavn Pharma: SmartRecruiters, "cannot respond to every applicant".
ack(slug="christianshavn_smartrecruiters_received", lang="en",
    company="Christianshavn Pharma", contact="",
    frm=("Christianshavn Pharma", "noreply@smartrecruiters.com"),
    subject="Thank you for applying – Clinical Data Clerk", date="2026-06-16 08:45",
    tz="+0000", key="chp_ack", headers=AUTO,
    text=t("""
    Dear Wiebke,

    Thank you for your application for Clinical Data Clerk at Christianshavn Pharma. We
    confirm that it has been received and will be considered carefully.

    Because of the high number of applications, unfortunately we cannot reply to every
    applicant individually about the status of their application. If you are shortlisted, a
    recruiter will contact you within four weeks.

    Best regards,
    Christianshavn Pharma Talent Acquisition
    """), shell="ats",
    shell_args=dict(brand="Christianshavn Pharma", color="#003b5c",
                    footer="Please do not reply to this automated message."))

# 14 -- Institut für Arzneimittelsicherheit Weser: Eingangsbestätigung with disclaimer.
ack(slug="iaw_eingangsbestaetigung", lang="de",
    company="Institut für Arzneimittelsicherheit Weser", contact="g.rathjen@iaw-bremen.example.de",
    frm=("Gesa Rathjen", "g.rathjen@iaw-bremen.example.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung – IAW-03/2026", date="2026-02-09 10:27",
    key="iaw_ack", refs=["ext-iaw-app"], cs="iso-8859-1", cte="quoted-printable",
    text=t("""
    Sehr geehrte Frau Santangelo-Hoffmann,

    hiermit bestätige ich den Eingang Ihrer Bewerbung auf die Ausschreibung IAW-03/2026
    (Dokumentationskraft, TV-L E6, 75 %). Die Bewerbungsfrist endet am 15. Februar; danach
    sichtet die Auswahlkommission alle Unterlagen. Mit einer Nachricht über den weiteren
    Verlauf können Sie Ende Februar rechnen.

    Mit freundlichen Grüßen
    Gesa Rathjen
    Sekretariat
    Institut für Arzneimittelsicherheit Weser (IAW)
    An der Universität 3, 28359 Bremen

    Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige
    Adressat sein, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
    """))

# 15 -- Mutuelle Vosges-Rhin: accusé de réception from a do-not-reply mailbox.
ack(slug="mutuelle_accuse_reception", lang="fr", company="Mutuelle Vosges-Rhin", contact="",
    frm=("Mutuelle Vosges-Rhin – Recrutement", "ne-pas-repondre@mutuelle-vosgesrhin.example.fr"),
    subject="Votre candidature a bien été reçue", date="2026-03-24 09:00",
    key="mvr_ack", refs=["mvr_app"], headers=AUTO,
    text=t("""
    Madame,

    Nous avons bien reçu votre candidature au poste de gestionnaire saisie prestations santé
    et vous en remercions.

    Votre dossier sera examiné avec attention par le service des ressources humaines. Nous
    reviendrons vers vous dans un délai de quatre semaines environ.

    Le service recrutement
    Mutuelle Vosges-Rhin
    """), shell="simple", cte="base64")

# 16 -- Talento Sanitario BCN: "hemos recibido tu CV".
ack(slug="talento_cv_recibido", lang="es", company="Talento Sanitario BCN",
    contact="marta.ferrer@talentosanitario.example.es",
    frm=("Marta Ferrer", "marta.ferrer@talentosanitario.example.es"),
    subject="Hemos recibido tu CV", date="2026-05-26 13:40", key="ts_reg",
    refs=["ext-ts-app"], cs="iso-8859-1",
    text=t("""
    Hola Wiebke:

    Gracias por escribirnos. Hemos recibido tu CV y la carta de presentación, y ya están
    dados de alta en nuestra base de candidatos del sector sanitario.

    Trabajamos sobre todo con CROs y hospitales privados del área de Barcelona. Cuando tenga
    un proceso que encaje con tu perfil de técnica de farmacia y entrada de datos, te llamo.

    Un saludo,
    Marta Ferrer
    Consultora · Talento Sanitario BCN
    Carrer de Pau Claris 162, 08037 Barcelona
    """))

# 17 -- Fleetwerk Pharma: BambooHR acknowledgement.
ack(slug="fleetwerk_bamboohr_eingang", lang="de", company="Fleetwerk Pharma", contact="",
    frm=("Fleetwerk Pharma", "no-reply@bamboohr.com"),
    subject="Danke für Ihre Bewerbung bei Fleetwerk Pharma", date="2026-08-03 11:02",
    tz="+0000", key="flw_ack", headers=AUTO,
    text=t("""
    Hallo Wiebke,

    danke für Ihre Bewerbung als Sachbearbeiterin Pharmakovigilanz-Datenerfassung. Sie ist
    bei uns eingegangen und liegt jetzt beim Fachbereich.

    Wir melden uns, sobald wir Ihre Unterlagen gesichtet haben.

    Viele Grüße
    Ihr Fleetwerk-Recruiting
    """), shell="ats",
    shell_args=dict(brand="Fleetwerk Pharma", color="#0f4c81", footer="Powered by BambooHR."))

# 18 -- Kastellet Search: the head-hunter has the CV.
ack(slug="kastellet_cv_received", lang="en", company="Kastellet Search",
    contact="oliver@kastellet-search.example.dk",
    frm=("Oliver Brandt-Mikkelsen", "oliver@kastellet-search.example.dk"),
    subject="Re: CV as discussed", date="2026-07-09 09:14", key="kast_cv",
    refs=["kast_cold", "ext-kast-cv"],
    text=t("""
    Hi Wiebke,

    Got it – thanks for sending your CV and the reference from the pharmacy so quickly. I've
    added you to our system and I'll go through it properly this afternoon before I speak to
    my clients.

    Nothing to do on your side for now; I'll be in touch within a week.

    Oliver

    """) + wrote("en", "Wed, 8 Jul 2026 at 21:50", CAND_NAME, CAND_ADDR, t("""
    Hi Oliver,

    As discussed on the phone, here is my CV in English. I'm open to relocating to
    Copenhagen for the right role.

    Best regards,
    Wiebke
    """)), shell="gmail")

# 19 -- Medixa Studienzentrum: Personio, iso-8859-1 Q subject.
ack(slug="medixa_personio_eingang", lang="de", company="Medixa Studienzentrum", contact="",
    frm=("Medixa Studienzentrum Hamburg", "noreply@personio.de"),
    subject="Bestätigung: Bewerbung als Study Nurse Assistenz / Datenerfassung, Hamburg",
    subj_enc=("iso-8859-1", "Q"), date="2026-04-08 14:02", key="mdx_ack", headers=AUTO,
    cs="iso-8859-1", cte="quoted-printable",
    text=t("""
    Liebe Frau Santangelo-Hoffmann,

    wir haben Ihre Bewerbung als Study Nurse Assistenz / Datenerfassung erhalten. Vielen Dank!

    Wir schauen uns Ihre Unterlagen in Ruhe an und melden uns innerhalb von 14 Tagen bei
    Ihnen. Bis dahin bitten wir um ein wenig Geduld.

    Herzliche Grüße
    Ihr Team vom Medixa Studienzentrum Hamburg
    """))

# 20 -- Hunze UMC: Taleo acknowledgement.
ack(slug="hunze_taleo_received", lang="en", company="Hunze University Medical Centre",
    contact="", frm=("Hunze UMC Recruitment", "noreply@taleo.net"),
    subject="Confirmation of your application – vacancy 26.0412", date="2026-06-01 05:30",
    tz="+0000", key="hunze_ack", headers=AUTO,
    html_text=t("""
    Dear Ms Santangelo-Hoffmann,

    We hereby confirm receipt of your application for the vacancy Research Data Entry Officer
    (26.0412) at Hunze University Medical Centre.

    The selection committee will review all applications after the closing date of 7 June.
    You will receive a message about the outcome of the first selection round by 12 June.

    Yours sincerely,
    HR Services, Hunze University Medical Centre
    """), shell="ats",
    shell_args=dict(brand="Hunze UMC – Working at Hunze", color="#00426a",
                    footer="This is an automatically generated email from Taleo."))

# 21 -- Nordwest Krankenkasse: own no-reply system.
ack(slug="nordwest_eingang_noreply", lang="de", company="Nordwest Krankenkasse", contact="",
    frm=("Nordwest Krankenkasse – Bewerbermanagement", "bewerbung-noreply@nordwest-kk.example.de"),
    subject="Eingang Ihrer Bewerbung (Stellen-ID NW-2026-031)", date="2026-04-01 16:05",
    key="nw_ack", headers=AUTO,
    text=t("""
    Sehr geehrte Frau Santangelo-Hoffmann,

    Ihre Bewerbung auf die Stelle Sachbearbeitung Datenerfassung Leistungen (Stellen-ID
    NW-2026-031) ist bei uns eingegangen. Vielen Dank für Ihr Interesse an der Nordwest
    Krankenkasse.

    Wir prüfen Ihre Unterlagen und melden uns voraussichtlich innerhalb von drei Wochen.

    Mit freundlichen Grüßen
    Bewerbermanagement der Nordwest Krankenkasse

    Dies ist eine automatisch versandte Nachricht. Antworten an diese Adresse werden nicht
    gelesen.
    """), shell="simple", cte="quoted-printable")

# ================================================================================ offers (10)

# 1 -- Hanse Clinical Research: formal offer with the contract offer as PDF.
offer(slug="hanse_vertragsangebot_pdf", lang="de", company="Hanse Clinical Research",
      contact="t.renken@hanse-cr.example.de",
      frm=("Tobias Renken", "t.renken@hanse-cr.example.de"),
      cc=[("Dr. Ilka Brandes", "i.brandes@hanse-cr.example.de")],
      subject="Ihr Vertragsangebot – Clinical Data Entry Specialist", date="2026-10-05 15:22",
      refs=["hcr_ack", "hcr_screen", "hcr_move", "hcr_panel", "hcr_thanks"],
      text=t("""
      Liebe Frau Santangelo-Hoffmann,

      ich freue mich sehr, Ihnen im Namen von Dr. Brandes und dem gesamten Data-Management-Team
      die Stelle als Clinical Data Entry Specialist anbieten zu dürfen!

      Die Eckdaten finden Sie im angehängten Vertragsangebot: unbefristete Anstellung in
      Vollzeit (39 Std.), Start am 1. Dezember 2026, Jahresbruttogehalt 44.500 EUR, 30 Tage
      Urlaub, zwei Tage mobiles Arbeiten pro Woche nach der Einarbeitung.

      Bitte geben Sie uns bis zum 14. Oktober Bescheid, ob Sie das Angebot annehmen. Bei
      Fragen rufen Sie mich jederzeit an.

      Herzliche Grüße
      Tobias Renken
      Recruiting | Hanse Clinical Research GmbH
      Konsul-Smidt-Straße 8, 28217 Bremen | Tel. +49 421 69 66 30-14

      Hanse Clinical Research GmbH · Sitz Bremen · Amtsgericht Bremen HRB 31877 ·
      Geschäftsführung: Dr. Almut Steffens, Jens Quade
      """), shell="outlook", cte="quoted-printable",
      attach=[dict(pdf="Vertragsangebot_Santangelo-Hoffmann.pdf", title="Vertragsangebot",
                   lines=["Hanse Clinical Research GmbH", "Vertragsangebot", "",
                          "Frau Wiebke Santangelo-Hoffmann", "",
                          "Position: Clinical Data Entry Specialist (m/w/d)",
                          "Beginn: 01.12.2026, unbefristet, Vollzeit 39 Std./Woche",
                          "Jahresbruttogehalt: 44.500 EUR", "Urlaub: 30 Arbeitstage",
                          "Probezeit: 6 Monate", "",
                          "Annahmefrist: 14.10.2026", "Bremen, 05.10.2026"])])

# 2 -- Weserklinikum Bremen: the contract for signature.
offer(slug="weserklinikum_vertrag_unterschrift", lang="de", company="Weserklinikum Bremen",
      contact="b.hollmann@weserklinikum.example.de",
      frm=("Birte Hollmann", "b.hollmann@weserklinikum.example.de"),
      subject="Ihr Arbeitsvertrag zur Unterschrift", date="2026-02-20 13:05",
      refs=["wk_ack", "wk_trial", "wk_ownmove", "wk_move"], cs="windows-1252",
      text=t("""
      Liebe Frau Santangelo-Hoffmann,

      wie Frau Dr. Rohlfs Ihnen am Telefon schon gesagt hat: Wir möchten Sie sehr gern in der
      Zentralapotheke als Dokumentationsassistentin einstellen!

      Anbei erhalten Sie Ihren Arbeitsvertrag (TVöD-K, Entgeltgruppe 6, 30 Std./Woche,
      befristet auf zwei Jahre mit Option auf Entfristung, Beginn 1. April 2026) als PDF.
      Bitte drucken Sie ihn zweifach aus, unterschreiben Sie beide Exemplare und senden Sie
      sie bis 6. März an uns zurück – eines erhalten Sie gegengezeichnet zurück.

      Für den Personalbogen und die Belehrung nach Infektionsschutzgesetz melden wir uns
      gesondert.

      Mit freundlichen Grüßen
      Birte Hollmann
      Personalreferentin
      Weserklinikum Bremen gGmbH | Am Weserdeich 5 | 28199 Bremen | Tel. 0421 6080-1132
      """),
      attach=[dict(pdf="Arbeitsvertrag_Santangelo-Hoffmann_Zentralapotheke.pdf",
                   title="Arbeitsvertrag",
                   lines=["Weserklinikum Bremen gGmbH - Arbeitsvertrag", "",
                          "zwischen dem Weserklinikum Bremen und",
                          "Frau Wiebke Santangelo-Hoffmann", "",
                          "§ 1 Beginn: 01.04.2026, befristet bis 31.03.2028",
                          "§ 2 Tätigkeit: Dokumentationsassistentin Zentralapotheke",
                          "§ 3 Arbeitszeit: 30 Stunden/Woche",
                          "§ 4 Vergütung: TVöD-K, Entgeltgruppe 6", "",
                          "Unterschrift Arbeitnehmerin: ____________________"])])

# 3 -- Kastellet Search: "the client wants to make you an offer" (client named).
offer(slug="kastellet_bryghus_offer", lang="en", company="Bryghus Biologics",
      contact="oliver@kastellet-search.example.dk",
      frm=("Oliver Brandt-Mikkelsen", "oliver@kastellet-search.example.dk"),
      subject="Bryghus wants you!", date="2026-08-04 12:30",
      refs=["kast_cold", "kast_cv", "kast_invite", "kast_move"],
      text=t("""
      Hi Wiebke,

      I've just come off the phone with Signe: Bryghus Biologics wants to make you an offer for
      the Clinical Data Associate role. They were impressed by how you handled the medication
      log exercise.

      The headline terms they've given me: DKK 34,000 per month plus 10% pension, 37-hour week,
      start 1 October or 1 November, and they'll contribute DKK 25,000 towards your relocation.
      The written offer will come from their HR team by Thursday.

      Call me when you've had a moment to digest it – I'd like to hear your thoughts before
      they send the paperwork.

      Congratulations!
      Oliver

      --
      Oliver Brandt-Mikkelsen | Partner
      Kastellet Search ApS | +45 20 66 81 37
      """), shell="gmail")

# 4 -- Rhénanie Recherche Clinique: promesse d'embauche as PDF.
offer(slug="rhenanie_promesse_embauche", lang="fr", company="Rhénanie Recherche Clinique",
      contact="camille.oberle@rhenanie-rc.example.fr",
      frm=("Camille Oberlé", "camille.oberle@rhenanie-rc.example.fr"), name_enc=("utf-8", "Q"),
      subject="Proposition d'embauche – Technicienne saisie de données",
      date="2026-07-02 11:08", refs=["rrc_ack", "rrc_invite", "rrc_move"],
      cs="iso-8859-1", cte="quoted-printable",
      text=t("""
      Bonjour Madame Santangelo-Hoffmann,

      J'ai le plaisir de vous annoncer que nous souhaitons vous accueillir chez Rhénanie
      Recherche Clinique en tant que technicienne saisie de données, en CDD de 12 mois.

      Vous trouverez ci-joint notre promesse d'embauche précisant les conditions : prise de
      poste le 1er septembre 2026, 35 heures hebdomadaires, salaire brut annuel de 27 600 EUR,
      titres-restaurant et prise en charge de 50 % de l'abonnement de transport.

      Merci de nous retourner le document signé avant le 10 juillet si cette proposition vous
      convient.

      Bien cordialement,
      Camille Oberlé
      Chargée de recrutement - Rhénanie Recherche Clinique
      18 rue de la Nuée-Bleue, 67000 Strasbourg - 03 88 22 71 05
      """),
      attach=[dict(pdf="Promesse_embauche_RRC_2026-044.pdf", title="Promesse d'embauche",
                   lines=["Rhénanie Recherche Clinique", "Promesse d'embauche", "",
                          "Madame Wiebke Santangelo-Hoffmann", "",
                          "Poste : technicienne saisie de données (CDD 12 mois)",
                          "Date d'entrée : 1er septembre 2026",
                          "Durée du travail : 35 heures par semaine",
                          "Rémunération brute annuelle : 27 600 EUR", "",
                          "Strasbourg, le 2 juillet 2026"])])

# 5 -- Instituto Clínico Poblenou: follow-up after a verbal offer.
offer(slug="poblenou_oferta_verbal", lang="es", company="Instituto Clínico Poblenou",
      contact="ncasals@icpoblenou.example.es",
      frm=("Núria Casals", "ncasals@icpoblenou.example.es"), name_enc=("iso-8859-1", "Q"),
      subject="Lo que hablamos por teléfono – oferta", date="2026-05-27 18:44",
      text=t("""
      Hola Wiebke:

      Como te adelanté esta tarde por teléfono, queremos que te incorpores a nuestra unidad de
      ensayos clínicos como técnica de entrada de datos. Te resumo por escrito las condiciones
      que comentamos:

      - Contrato indefinido, jornada completa (40 h), horario de 8:00 a 16:00
      - Salario bruto anual: 23.800 € en 14 pagas
      - Incorporación: 1 de julio, o 15 de julio si necesitas más tiempo para la mudanza

      Recursos Humanos te enviará la carta de oferta formal mañana. Si tienes cualquier duda
      antes de decidir, escríbeme o llámame.

      ¡Esperamos tenerte pronto con nosotros!

      Núria Casals
      Coordinadora de la Unidad de Ensayos Clínicos
      Instituto Clínico Poblenou · Carrer de Pujades 201 · 08005 Barcelona
      """), cte="base64")

# 6 -- Hafenblick Personal: the client Barmbek Studienzentrum wants to make an offer.
offer(slug="hafenblick_barmbek_angebot", lang="de", company="Barmbek Studienzentrum",
      contact="d.oltmanns@hafenblick-personal.example.de",
      frm=("Dennis Oltmanns", "d.oltmanns@hafenblick-personal.example.de"),
      subject="Barmbek Studienzentrum möchte Ihnen ein Angebot machen",
      subj_enc=("utf-8", "B"), date="2026-06-22 11:40", refs=["hfb_reg", "ext-hfb-barmbek"],
      text=t("""
      Hallo Frau Santangelo-Hoffmann,

      ich habe gute Nachrichten: Das Barmbek Studienzentrum war nach Ihrem Gespräch am Freitag
      begeistert und möchte Ihnen ein Angebot machen!

      Konditionen laut Kunde: Studienassistenz mit Schwerpunkt Datenerfassung, 35 Stunden,
      Direkteinstellung (keine Überlassung), 3.150 Euro brutto im Monat, Start ab 1. August.

      Ich würde die Details gern heute oder morgen telefonisch mit Ihnen durchgehen, bevor der
      Kunde den Vertrag aufsetzt. Wann passt es Ihnen?

      Viele Grüße
      Dennis Oltmanns
      Personalberater Healthcare | Hafenblick Personal GmbH | Mobil 0172 448 2916
      """), shell="simple")

# 7 -- Reitdiep Research: casual follow-up to a verbal offer.
offer(slug="reitdiep_verbal_followup", lang="en", company="Reitdiep Research",
      contact="femke@reitdiep-research.example.nl",
      frm=("Femke Dijkstra", "femke@reitdiep-research.example.nl"),
      subject="Following up on our call", date="2026-09-09 16:55",
      text=t("""
      Hi Wiebke,

      Lovely to speak to you earlier! Just putting in writing what I said on the phone: we'd
      really like you to join Reitdiep as our data entry coordinator for the diabetes registry.

      What we discussed: 32 hours a week, EUR 3,050 gross per month plus 8% holiday allowance,
      a one-year contract with the intention to make it permanent, and you can work from
      Bremen two days a week once you're settled.

      No rush – have a think over the weekend and let me know by Tuesday. Happy to answer
      anything in the meantime.

      Femke

      Femke Dijkstra | Operations Manager
      Reitdiep Research | Reitdiephaven 140, 9747 AR Groningen | +31 6 4418 2290
      """), shell="gmail")

# 8 -- Nordwest Krankenkasse: offer after the second appointment, with a PDF.
offer(slug="nordwest_zusage_pdf", lang="de", company="Nordwest Krankenkasse",
      contact="thorsten.meiners@nordwest-kk.example.de",
      frm=("Thorsten Meiners", "thorsten.meiners@nordwest-kk.example.de"),
      subject="Zusage – Sachbearbeitung Datenerfassung Leistungen", date="2026-05-20 10:02",
      refs=["nw_ack", "nw_invite", "nw_cancel", "nw_invite2"], cs="iso-8859-1",
      text=t("""
      Sehr geehrte Frau Santangelo-Hoffmann,

      nach dem Gespräch am 5. Mai freue ich mich, Ihnen mitteilen zu können, dass wir Ihnen
      die Stelle Sachbearbeitung Datenerfassung Leistungen anbieten möchten.

      Die Konditionen entnehmen Sie bitte dem beigefügten Angebotsschreiben (Vergütung nach
      BAT/AOK-Neu, Vergütungsgruppe 6, 39 Wochenstunden, Beginn 1. Juli 2026). Bitte teilen
      Sie uns bis zum 29. Mai mit, ob Sie das Angebot annehmen; den Arbeitsvertrag senden wir
      Ihnen dann per Post zu.

      Mit freundlichen Grüßen
      Thorsten Meiners
      Personalentwicklung
      Nordwest Krankenkasse, Am Wall 140, 28195 Bremen
      """), shell="outlook",
      attach=[dict(pdf="Angebotsschreiben_NW-2026-031.pdf", title="Angebotsschreiben",
                   lines=["Nordwest Krankenkasse - Personalentwicklung", "",
                          "Angebot zur Einstellung", "Frau Wiebke Santangelo-Hoffmann", "",
                          "Stelle: Sachbearbeitung Datenerfassung Leistungen (NW-2026-031)",
                          "Beginn: 01.07.2026", "Arbeitszeit: 39 Stunden pro Woche",
                          "Vergütungsgruppe 6", "", "Bremen, 20.05.2026"])])

# 9 -- Gesundheitsdaten Oldenburg: a Zusage, PDF name needs RFC 2231.
offer(slug="gesundheitsdaten_ol_zusage", lang="de", company="Gesundheitsdaten Oldenburg",
      contact="h.gerdes@gesundheitsdaten-ol.example.de",
      frm=("Hauke Gerdes", "h.gerdes@gesundheitsdaten-ol.example.de"),
      subject="Zusage: Dokumentationsassistentin ab September", date="2026-07-15 08:47",
      refs=["ext-gdo-app", "ext-gdo-interview"],
      text=t("""
      Moin Frau Santangelo-Hoffmann,

      nach unserem Gespräch letzte Woche und der Rücksprache mit dem Team kann ich Ihnen heute
      eine Zusage geben: Wir möchten Sie ab 1. September als Dokumentationsassistentin für die
      Registerstudie einstellen.

      Eine Übersicht zu Gehalt (3.280 EUR brutto, 38,5 Std.), Urlaub und Fahrtkostenzuschuss
      hänge ich an. Den Vertrag schicke ich, sobald Sie mir grundsätzlich grünes Licht geben.

      Beste Grüße aus Oldenburg
      Hauke Gerdes
      Geschäftsführer
      Gesundheitsdaten Oldenburg GmbH · Staulinie 11 · 26122 Oldenburg · 0441 9250 330
      """), cte="quoted-printable",
      attach=[dict(pdf="Zusage_Vergütung_Übersicht.pdf", title="Zusage Uebersicht",
                   lines=["Gesundheitsdaten Oldenburg GmbH", "Übersicht zur Zusage", "",
                          "Position: Dokumentationsassistentin Registerstudie",
                          "Beginn: 01.09.2026", "Gehalt: 3.280 EUR brutto / Monat",
                          "Arbeitszeit: 38,5 Stunden", "Urlaub: 29 Tage",
                          "Fahrtkostenzuschuss: 50 EUR / Monat"])])

# 10 -- Noorderpoort Clinical Services: the contract is out for e-signature.
offer(slug="noorderpoort_contract_esign", lang="en", company="Noorderpoort Clinical Services",
      contact="b.kuipers@noorderpoort-cs.example.nl",
      frm=("Bart Kuipers", "b.kuipers@noorderpoort-cs.example.nl"),
      subject="Your employment contract – ready for signature", date="2026-01-30 14:26",
      refs=["ext-npcs-offer-call"],
      text=t("""
      Dear Wiebke,

      Following your acceptance of our offer on Wednesday, your employment contract for the
      position of Clinical Data Entry Assistant (temporary, six months, remote with monthly
      visits to Groningen) is ready.

      You will receive a separate email from our e-signature provider with a link to sign.
      The contract reflects what we agreed: EUR 2,780 gross per month for 36 hours, start date
      2 March 2026. I have also attached a copy as PDF for your records.

      Please sign by 6 February. Welcome aboard!

      Kind regards,
      Bart Kuipers
      HR Advisor | Noorderpoort Clinical Services B.V.
      Paterswoldseweg 806, 9728 BM Groningen | +31 50 520 1184
      """), shell="outlook", cte="quoted-printable",
      attach=[dict(pdf="Contract_Santangelo-Hoffmann_NPCS.pdf", title="Employment contract",
                   lines=["Noorderpoort Clinical Services B.V.", "Employment contract", "",
                          "Employee: Wiebke Santangelo-Hoffmann",
                          "Position: Clinical Data Entry Assistant",
                          "Term: 02.03.2026 - 01.09.2026",
                          "Salary: EUR 2,780 gross per month, 36 hours per week",
                          "", "Signature employee: ____________________"])])
