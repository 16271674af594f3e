"""Hand-written specs for rejections, application acknowledgements and offers (corpus 67).

Data only, read by make_sixtyseventh.py; imports nothing but datetime.
"""

from __future__ import annotations

from datetime import UTC, datetime


def m(kind: str, scen: str, lang: str, company: str, sender: str, subject: str, body: str, **kw: object) -> dict:
    """One message spec; keyword arguments carry the structure (fmt, charset, cte, quote, ...)."""
    return {"kind": kind, "scen": scen, "lang": lang, "company": company, "sender": sender,
            "subject": subject, "body": body, **kw}


R = "rejection"
A = "application_received"
OFFER = "offer"

MESSAGES = [
    # ---------------- rejections ----------------
    m(R, "roche_style_workday_de", "de", "Rheintal Pharma",
      "Rheintal Pharma Careers <rheintalpharma@myworkday.com>",
      "Ihre Bewerbung: Regulatory Affairs Manager (m/w/d) - Req 48812",
      """Guten Tag Frau Wüthrich-Adeyemi

Vielen Dank für Ihr Interesse an Rheintal Pharma und die Zeit, die Sie in Ihre Bewerbung als Regulatory Affairs Manager investiert haben.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil den Anforderungen der Stelle noch etwas besser entspricht.

Wir ermutigen Sie, unsere Karriereseite weiterhin zu besuchen.

Freundliche Grüsse
Talent Acquisition Team
Rheintal Pharma AG

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese Nachricht.""",
      fmt="alt", logo="Rheintal Pharma"),
    m(R, "short_mobile_en", "en", "Northbridge Bio", "Tom Haskell <tom.haskell@northbridge-bio.example.com>",
      "Re: PV lead role",
      """Hi Jana - thanks for your time last week, but we won't be moving forward. Best of luck.

Tom

Sent from my iPhone""",
      quote=("gmail", "Jana Wüthrich-Adeyemi <jana.wa@example.ch>",
             "Hi Tom,\nthank you again for the conversation on Tuesday. Happy to share references if useful.\nBest, Jana")),
    m(R, "position_filled_ch", "de", "Spital Limmattal", "Corinne Baumann <corinne.baumann@spital-limmattal.example.ch>",
      "Stelle Klinische Studienkoordination",
      """Grüezi Frau Wüthrich

Besten Dank für Ihre Bewerbung. Die Stelle als Studienkoordinatorin in unserer Clinical Trial Unit konnten wir in der Zwischenzeit intern besetzen. Aus diesem Grund können wir Ihre Bewerbung nicht weiter berücksichtigen.

Ihre Unterlagen löschen wir gemäss Datenschutzbestimmungen.

Freundliche Grüsse

Corinne Baumann
HR-Fachfrau
Spital Limmattal
Tel. +41 44 733 11 11""", charset="iso-8859-1"),
    m(R, "after_panel_uk", "en", "Halewood Clinical", "Priya Raman <priya.raman@halewoodclinical.example.co.uk>",
      "Update",
      """Dear Jana,

Thank you for attending the panel interview on Thursday and for the thought you put into the case discussion. The panel enjoyed meeting you.

I regret to inform you that on this occasion we shan't be progressing your application further. It was a strong field and the decision came down to direct MHRA inspection experience, which the successful candidate had.

Should you wish for more detailed feedback, do revert and I will arrange a short call.

Kind regards,
Priya Raman
Senior Talent Partner | Halewood Clinical Ltd
+44 20 7946 0321

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Halewood Clinical Ltd, registered in England and Wales No. 08812345."""),
    m(R, "soft_greenhouse_en", "en", "Cellara Therapeutics", "Cellara Therapeutics <no-reply@us.greenhouse-mail.io>",
      "Your application to Cellara Therapeutics",
      """Hi Jana,

Thank you for applying to the Associate Director, Pharmacovigilance role at Cellara Therapeutics. We really appreciate you taking the time to share your experience with us.

After careful consideration, we've decided to pursue other candidates whose background more closely aligns with the needs of the team at this time.

We'll keep your information on file and may reach out if a role opens that fits.

All the best,
Cellara Talent Team""", fmt="html", links=[("View open roles", "https://boards.greenhouse.io/cellara")], logo="Cellara"),
    m(R, "role_on_hold_de", "de", "Dreiländer Diagnostics", "Marco Keller <m.keller@dreilaender-dx.example.com>",
      "Ihre Bewerbung QA Specialist GMP",
      """Sehr geehrte Frau Wüthrich-Adeyemi

Ich melde mich mit einer weniger erfreulichen Nachricht: Die Position QA Specialist GMP wurde aufgrund einer Budgetumstellung bis auf Weiteres gestoppt. Wir werden den Rekrutierungsprozess daher nicht fortsetzen und können Ihnen leider kein Angebot machen.

Es tut mir leid, nachdem Sie sich schon zweimal Zeit für uns genommen haben.

Freundliche Grüsse
Marco Keller
Head Quality Operations
Dreiländer Diagnostics AG, Allschwil"""),
    m(R, "takehome_en_korean", "en", "Hanbit Biologics", "Seo-yeon Park <seoyeon.park@hanbitbio.example.com>",
      "Regarding assignment result",
      """Dear Ms. Jana,

Thank you very much for submitting the case assignment about the PSUR timeline. Our team reviewed it carefully together with the other applicants' submissions.

We are sorry to let you know that we have decided not to proceed with your candidacy for the Medical Affairs Manager (Europe) position. Your assignment was well structured but we need a person with more experience in Korean MFDS submissions.

We sincerely thank you for your interest to Hanbit Biologics and wish you success.

Best regards,
Seo-yeon Park
Global HR Team, Hanbit Biologics
Songdo, Incheon | Europe office Frankfurt"""),
    m(R, "agency_relayed_de", "de", "Vireon Pharma", "Sandra Imhof <sandra.imhof@kestrelpartners.example.ch>",
      "AW: Vireon - Rückmeldung",
      """Hoi Jana

Kurzes Update von meiner Seite, leider kein gutes: Vireon hat sich nach den Zweitgesprächen für eine andere Kandidatin entschieden. Das Feedback war aber wirklich positiv, v.a. zu deinem Verständnis von Variations und CMC-Dossiers. Am Schluss hat die Erfahrung mit Swissmedic-Inspektionen den Ausschlag gegeben.

Ich bleibe dran und melde mich, sobald ich etwas Passendes habe!

Liebe Grüsse
Sandra

Sandra Imhof | Partner
Kestrel Partners AG | Aeschenvorstadt 4 | 4051 Basel
+41 61 555 20 40""",
      quote=("de", "Jana Wüthrich-Adeyemi <jana.wa@example.ch>", "Hoi Sandra, hast du schon was von Vireon gehört? Danke dir! Jana")),
    m(R, "successfactors_de_cancel", "de", "Helvion", "Helvion Recruiting <HelvionRecruiting@successfactors.eu>",
      "Statusänderung Ihrer Bewerbung",
      """Liebe Bewerberin, lieber Bewerber,

Ihre Bewerbung für die Stelle

   Clinical Project Manager (80-100%) - Job-ID 120387

wurde von uns geprüft.

Leider ist die Vakanz zwischenzeitlich zurückgezogen worden. Eine Weiterführung des Auswahlverfahrens ist daher nicht möglich.

Mit freundlichen Grüssen
Ihr Helvion Talent Acquisition Team

*** Dies ist eine automatisch generierte Nachricht ***""", charset="windows-1252", cte="qp"),
    m(R, "blunt_cro_en", "en", "Meridian Trials", "Ana Ruiz <ana.ruiz@meridiantrials.example.com>",
      "Your application",
      """Jana,

We reviewed your CV for the CTM role. Not a fit for us at the moment - we need someone with at least 5 years of oncology monitoring. Thank you for applying.

Ana Ruiz
Recruiter, Meridian Trials"""),
    m(R, "fr_cdmo_lyon", "fr", "Biosynthèse Rhône", "Claire Morel <claire.morel@biosynthese-rhone.example.fr>",
      "Votre candidature - Responsable Assurance Qualité",
      """Madame,

Nous vous remercions de l'intérêt que vous portez à Biosynthèse Rhône et de votre candidature au poste de Responsable Assurance Qualité (H/F) basé à Lyon.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable. D'autres profils correspondaient davantage à nos attentes, notamment sur l'expérience terrain en production stérile.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité se présentait.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Claire Morel
Chargée de recrutement
Biosynthèse Rhône SAS""", charset="iso-8859-1", cte="qp"),
    m(R, "fr_ch_hopital_terse", "fr", "Hôpital du Léman", "RH Hôpital du Léman <recrutement@hopital-leman.example.ch>",
      "Candidature n° 2026-0417",
      """Bonjour Madame Wüthrich-Adeyemi,

Nous accusons réception de votre dossier et vous en remercions. Malheureusement, votre candidature n'a pas été retenue pour le poste de coordinatrice de recherche clinique.

Meilleures salutations,
Service des ressources humaines
Hôpital du Léman""",
      contact="recrutement@hopital-leman.example.ch"),
    m(R, "es_madrid_cro", "es", "Ensayos Castellana", "María José Pardo <mjpardo@ensayoscastellana.example.es>",
      "Proceso de selección - Clinical Project Manager",
      """Hola Jana:

Gracias por tu interés y por el tiempo dedicado a las entrevistas con el equipo. Ha sido un proceso muy reñido.

Lamentablemente, hemos decidido continuar con otra candidatura cuyo perfil se ajusta más a lo que buscamos en este momento, sobre todo por la experiencia en estudios de fase I en España.

Te deseamos mucha suerte en tu búsqueda y esperamos coincidir en el futuro.

Un saludo,
María José Pardo
People & Talent | Ensayos Castellana S.L.
Tel. +34 91 555 12 34""", fmt="alt"),
    m(R, "es_barcelona_ats", "es", "Laboratorios Montjuïc", "Laboratorios Montjuïc <notifications@smartrecruiters.com>",
      "Actualización sobre tu candidatura",
      """Estimada Jana,

Te agradecemos sinceramente tu candidatura para el puesto de Especialista en Farmacovigilancia. Tras revisar tu perfil, sentimos comunicarte que en esta ocasión no vamos a seguir adelante con tu candidatura.

Seguiremos teniendo en cuenta tu CV para futuras vacantes.

Atentamente,
Equipo de Talento - Laboratorios Montjuïc""", fmt="html", logo="Laboratorios Montjuïc"),
    m(R, "greek_shipping_pharma_en", "en", "Aegean Pharma Logistics", "Eleni Papadaki <e.papadaki@aegeanpharmalog.example.gr>",
      "RE: Application - GDP Quality Manager",
      """Dear Mrs Wuthrich,

Thank you for your patience. Following the meeting of the management, we must inform you that the position of GDP Quality Manager has been cancelled for this year, as the Basel warehouse project was postponed. Therefore we can not continue with the process.

We kept very good impression from our discussion and we hope to contact you in future.

With kind regards,
Eleni Papadaki
HR & Administration
Aegean Pharma Logistics S.A.
Piraeus | Basel""",
      quote=("outlook", "Jana Wüthrich-Adeyemi", "Dear Ms Papadaki,\n\nI wanted to follow up on our interview from 2 March.\n\nBest regards,\nJana"),
      quote_subject="Application - GDP Quality Manager"),
    m(R, "umantis_abacus_de", "de", "Kanton Basel-Stadt", "Kanton Basel-Stadt <jobs-noreply@umantis.com>",
      "Ihre Bewerbung als Wissenschaftliche Mitarbeiterin Heilmittelkontrolle",
      """Sehr geehrte Frau Wüthrich-Adeyemi

Wir danken Ihnen für Ihre Bewerbung und das damit verbundene Interesse an einer Tätigkeit beim Kanton Basel-Stadt.

Die Auswahl ist uns nicht leicht gefallen. Nach eingehender Prüfung aller Dossiers müssen wir Ihnen jedoch mitteilen, dass wir Sie im weiteren Verfahren nicht berücksichtigen können.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Freundliche Grüsse

Gesundheitsdepartement
Kantonales Heilmittelinspektorat
Personalabteilung""", charset="iso-8859-1", cte="base64"),
    m(R, "startup_founder_en", "en", "Lumio Health", "Daniel Osei <daniel@lumiohealth.example.com>",
      "Following up",
      """Hey Jana,

Really appreciated the chat on Friday. Honest answer: we've decided to go with someone who's done the whole MDR technical file thing end to end before, since we're only 14 people and can't afford a ramp-up right now.

Not the outcome you wanted, I know. If we raise the Series A in autumn I'd love to talk again.

Cheers,
Daniel
Co-founder, Lumio Health"""),
    m(R, "nach_fallstudie_de", "de", "Alpenkliniken", "Dr. Regula Zbinden <regula.zbinden@alpenkliniken.example.ch>",
      "Rückmeldung zu Ihrer Fallstudie",
      """Liebe Frau Wüthrich-Adeyemi

Herzlichen Dank für Ihre Präsentation der Fallstudie am Dienstag und die offene Diskussion mit der Bereichsleitung.

Wir haben uns die Entscheidung nicht leicht gemacht. Schlussendlich haben wir uns für eine Person entschieden, die bereits Führungserfahrung in einem Spitalumfeld mitbringt. Wir möchten Ihnen deshalb heute absagen.

Gerne gebe ich Ihnen telefonisch ein ausführlicheres Feedback, melden Sie sich einfach.

Herzliche Grüsse
Regula Zbinden
Leiterin Qualitätsmanagement
Alpenkliniken | Luzern
041 555 80 10"""),
    m(R, "austria_formal", "de", "Donaumed", "Mag. Stefan Hofer <stefan.hofer@donaumed.example.at>",
      "Ihre Bewerbung vom 12. Februar",
      """Sehr geehrte Frau Mag. Wüthrich-Adeyemi,

wir bedanken uns für Ihre Bewerbung als Drug Safety Officer bei der Donaumed GmbH.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlprozess nicht berücksichtigen können. Diese Entscheidung stellt keine Bewertung Ihrer Qualifikation dar.

Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten gemäss DSGVO gelöscht.

Mit freundlichen Grüßen

Mag. Stefan Hofer
Human Resources
Donaumed GmbH | Wien""", charset="iso-8859-1"),
    m(R, "personio_de_du", "de", "Kintsu Bio", "Kintsu Bio <jobs@kintsu-bio.jobs.personio.de>",
      "Deine Bewerbung bei Kintsu Bio",
      """Hallo Jana,

vielen Dank für deine Bewerbung als Clinical Operations Lead und dein Interesse an Kintsu Bio!

Wir haben uns alle Profile genau angeschaut und uns am Ende für jemanden entschieden, der etwas besser zu unseren aktuellen Anforderungen passt. Wir wissen, das ist nicht die Nachricht, die du dir erhofft hast.

Bei Fragen kannst du dich gerne an Lea wenden: lea.brunner@kintsu-bio.example.com

Alles Gute für deinen weiteren Weg!
Dein Kintsu Bio Team""", fmt="alt", reply_to="Lea Brunner <lea.brunner@kintsu-bio.example.com>"),
    m(R, "refline_de_iso", "de", "Universitätsspital Nordwest", "Universitätsspital Nordwest <bewerbung@usnw.example.ch>",
      "Absage: Study Nurse / Studienkoordinatorin Onkologie",
      """Sehr geehrte Frau Wüthrich-Adeyemi

Wir bestätigen Ihnen den Eingang Ihrer Bewerbung, die wir mit Interesse gelesen haben. Nach Abschluss der ersten Auswahlrunde müssen wir Ihnen leider eine Absage erteilen.

Wir bitten um Verständnis, dass wir aufgrund der grossen Anzahl Bewerbungen keine individuellen Begründungen abgeben können.

Freundliche Grüsse
HR Rekrutierung
Universitätsspital Nordwest""", charset="iso-8859-1", cte="qp",
      contact="bewerbung@usnw.example.ch"),
    m(R, "indian_english_consult", "en", "Vedanta Life Sciences", "Rahul Menon <rahul.menon@vedantals.example.in>",
      "Re: Your candidature for Manager - Regulatory Affairs (EU)",
      """Dear Jana,

Greetings from Vedanta Life Sciences!

This is with reference to your candidature and subsequent discussion with our hiring panel. We regret to inform you that your profile has not been shortlisted for the next round as the panel felt the requirement is more towards ANDA/US generics filings.

We will keep your CV in our database and do revert in case of suitable opening.

Thanks & Regards,
Rahul Menon
Talent Acquisition | Vedanta Life Sciences Pvt. Ltd.
Mob: +91 98450 12345"""),
    m(R, "headhunter_de_terse", "de", "Basilea Medtech", "Urs Gerber <u.gerber@gerber-suter.example.ch>",
      "Basilea Medtech",
      """Grüezi Frau Wüthrich

Der Kunde hat sich leider gegen eine Weiterführung entschieden. Danke für Ihr Vertrauen, ich melde mich bei neuen Mandaten.

Freundliche Grüsse
Urs Gerber
Gerber & Suter Executive Search"""),
    m(R, "eth_research_de", "de", "ETH Zürich", "Nadine Frei <nadine.frei@hr.ethz.example.ch>",
      "Ihre Bewerbung - Scientific Coordinator Clinical Research Platform",
      """Sehr geehrte Frau Wüthrich-Adeyemi

Besten Dank für Ihr Interesse an der Stelle als Scientific Coordinator. Wir haben zahlreiche qualifizierte Bewerbungen erhalten.

Nach reiflicher Überlegung hat sich die Berufungskommission für eine andere Bewerberin entschieden. Wir bedauern, Ihnen keinen positiveren Bescheid geben zu können.

Freundliche Grüsse
Nadine Frei
HR Partnerin, ETH Zürich"""),
    m(R, "lever_remote_en", "en", "Quillon Health", "Quillon Health <no-reply@hire.lever.co>",
      "Thank you from Quillon Health",
      """Hi Jana,

Thanks so much for your interest in the Regulatory Affairs Specialist (Remote, EU) position. Unfortunately, after reviewing your application, the team has decided not to move forward at this time.

We know job searching takes a lot of energy, and we're grateful you considered us.

Warmly,
The Quillon Health Recruiting Team
-
Sent via Lever""", fmt="alt"),
    m(R, "fr_paris_conseil", "fr", "Cabinet Lefort Conseil", "Julien Lefort <jlefort@lefort-conseil.example.fr>",
      "Suite à notre entretien",
      """Bonjour Jana,

Merci encore pour notre échange de mardi. Je reviens vers vous comme promis : après réflexion avec les associés, nous avons choisi de poursuivre avec un autre profil pour la mission de consultante PV à Paris.

Je garde votre CV sous le coude.

Bien à vous,
Julien Lefort
Associé - Cabinet Lefort Conseil
06 12 34 56 78

Envoyé de mon iPhone"""),
    m(R, "de_frankfurt_stepstone", "de", "Mainfarma", "Mainfarma Personalabteilung <karriere@mainfarma.example.de>",
      "Ihre Bewerbung über StepStone: Referentin Pharmakovigilanz",
      """Sehr geehrte Frau Wüthrich-Adeyemi,

haben Sie vielen Dank für Ihre Bewerbung, die uns über StepStone erreicht hat. Wir haben Ihre Unterlagen aufmerksam gelesen.

Leider haben wir uns im Ergebnis für eine Bewerberin entschieden, deren Qualifikation unserem Anforderungsprofil in einigen Punkten noch näher kommt. Wir bedauern, Ihnen keine günstigere Nachricht geben zu können.

Mit freundlichen Grüßen
i.A. Petra Lindner
Personalreferentin
Mainfarma GmbH, Frankfurt am Main""", contact="karriere@mainfarma.example.de"),
    m(R, "ghana_en", "en", "Akwaaba Pharmaceuticals", "Kwame Asante <kwame.asante@akwaabapharma.example.com>",
      "Application for QA/QC Manager",
      """Dear Jana,

Warm greetings from Accra. Thank you for your interest in the QA/QC Manager role at our Tema facility and for taking time for the video interview with our MD.

After careful deliberation, management has decided to offer the position to a candidate based locally. Kindly note this decision was not an easy one.

We wish you God's blessings in your career.

Yours faithfully,
Kwame Asante
Human Resource Manager
Akwaaba Pharmaceuticals Ltd"""),
    m(R, "de_lonza_style_nach_interview_short", "de", "Jura Biologics", "Philipp Roth <philipp.roth@jurabiologics.example.ch>",
      "Kurze Rückmeldung",
      """Hallo Frau Wüthrich-Adeyemi

Danke nochmals fürs Gespräch am Montag. Wir gehen im Prozess leider nicht mit Ihnen weiter – das Team hat sich für ein Profil mit mehr Erfahrung in Aseptic Processing entschieden.

Viele Grüsse
Philipp Roth
Jura Biologics, Visp""", fmt="html"),

    m(R, "es_puesto_cubierto_breve", "es", "Clínica Serrano", "Marta Gil <marta.gil@clinicaserrano.example.es>",
      "Re: tu candidatura",
      """Hola Jana, te escribo rápido: el puesto de coordinadora de ensayos ya está cubierto, lo siento mucho. Gracias por tu interés.

Marta Gil
Clínica Serrano · Unidad de Investigación

Enviado desde mi móvil""",
      quote=("es", "Jana Wüthrich-Adeyemi <jana.wa@example.ch>", "Hola Marta,\n¿hay novedades sobre la plaza de coordinadora?\nGracias, Jana")),
    m(R, "de_zug_biotech_nach_referenzen", "de", "Zugerberg Therapeutics", "Lars Widmer <lars.widmer@zugerberg-tx.example.ch>",
      "Update",
      """Liebe Jana

Ich hoffe, dir gehts gut. Ich wollte dich nicht länger warten lassen: Wir haben uns nach langem Hin und Her für eine interne Lösung entschieden und besetzen die Rolle Clinical Project Manager nicht extern. Deine Referenzen waren übrigens top, daran lag es nicht.

Ich hätte gern mit dir zusammengearbeitet. Vielleicht ergibt sich später etwas.

Herzlich
Lars

Lars Widmer
COO | Zugerberg Therapeutics AG
Gubelstrasse 11, 6300 Zug""", fmt="alt"),

    m(R, "colombia_long_chain_en", "en", "Andina BioSciences", "Camila Restrepo <camila.restrepo@andinabio.example.co>",
      "RE: RE: Panel interview invitation - Clinical Operations Manager EU",
      """Dear Jana,

Thank you so much for your patience, and please excuse the delay in our answer; the leadership team was travelling between Medellín and Madrid.

I am sorry to share that we will not be moving forward with your application for the Clinical Operations Manager EU position. The panel valued your regulatory knowledge very much, but finally they chose a candidate with more experience managing sites in Latin America and Spain at the same time.

It was a real pleasure to meet you. We wish you all the best.

Warm regards,
Camila Restrepo
Talent Manager | Andina BioSciences
Medellín, Colombia

From: Jana Wüthrich-Adeyemi <jana.wa@example.ch>
Sent: Monday, June 8, 2026 9:12 AM
To: Camila Restrepo <camila.restrepo@andinabio.example.co>
Subject: RE: Panel interview invitation - Clinical Operations Manager EU

Dear Camila,
I hope you are well. I wanted to kindly follow up on the panel interview of 19 May. Is there any news on the next steps?
Best regards,
Jana

From: Camila Restrepo <camila.restrepo@andinabio.example.co>
Sent: Wednesday, May 20, 2026 5:40 PM
To: Jana Wüthrich-Adeyemi <jana.wa@example.ch>
Subject: RE: Panel interview invitation - Clinical Operations Manager EU

Dear Jana,
Thank you for joining the panel yesterday! The team will meet next week and I will come back to you with an update as soon as possible.
Warm regards,
Camila

From: Jana Wüthrich-Adeyemi <jana.wa@example.ch>
Sent: Wednesday, May 6, 2026 6:02 PM
To: Camila Restrepo <camila.restrepo@andinabio.example.co>
Subject: RE: Panel interview invitation - Clinical Operations Manager EU

Dear Camila,
Thank you for the invitation, Tuesday May 19 at 4:00 pm CEST works well for me.
Kind regards,
Jana""", fmt="alt"),

    # ---------------- application acknowledgements ----------------
    m(A, "workday_ack_de", "de", "Rheintal Pharma", "Rheintal Pharma Careers <rheintalpharma@myworkday.com>",
      "Eingangsbestätigung - Medical Affairs Manager Switzerland",
      """Guten Tag Jana

Vielen Dank für Ihre Bewerbung als Medical Affairs Manager Switzerland. Wir haben Ihre Unterlagen erhalten und werden diese sorgfältig prüfen.

Sie können den Status Ihrer Bewerbung jederzeit in Ihrem Kandidatenprofil einsehen.

Freundliche Grüsse
Talent Acquisition
Rheintal Pharma AG""", fmt="html", links=[("Kandidatenprofil öffnen", "https://rheintalpharma.wd3.myworkday.com/careers/login")], logo="Rheintal Pharma"),
    m(A, "volume_disclaimer_en", "en", "Sterling & Rowe Biotech", "Sterling & Rowe Careers <careers-noreply@sterlingrowe.example.com>",
      "We've received your application",
      """Dear Jana,

Thank you for applying for Clinical Project Manager II. This email confirms we have received your application.

Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your experience matches the requirements, a member of our team will be in touch within three weeks. Unfortunately we are unable to provide individual feedback at this stage.

Kind regards,
Talent Acquisition
Sterling & Rowe Biotech""", fmt="alt"),
    m(A, "jobs_ch_de", "de", "Apotheken Rheinknie", "Apotheken Rheinknie <bewerbungen@rheinknie-apotheken.example.ch>",
      "Bewerbung eingegangen",
      """Grüezi Frau Wüthrich-Adeyemi

Merci für Ihre Bewerbung via jobs.ch als Fachverantwortliche Qualitätssicherung. Wir schauen uns Ihr Dossier in den nächsten zwei Wochen an und melden uns dann bei Ihnen.

Freundliche Grüsse
Monika Stalder
Personal, Apotheken Rheinknie AG""", contact="bewerbungen@rheinknie-apotheken.example.ch"),
    m(A, "fr_jobup_ack", "fr", "Genévia Medical", "Genévia Medical <talents@genevia-medical.example.ch>",
      "Accusé de réception de votre candidature",
      """Madame Wüthrich-Adeyemi,

Nous accusons bonne réception de votre candidature pour le poste de Spécialiste Affaires Réglementaires (dispositifs médicaux), transmise via jobup.ch.

Votre dossier sera examiné avec attention. En raison du nombre important de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chacune d'entre elles ; sans nouvelles de notre part d'ici quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Meilleures salutations,
Ressources Humaines - Genévia Medical SA""", charset="iso-8859-1", cte="qp",
      contact="talents@genevia-medical.example.ch"),
    m(A, "icims_en", "en", "Corvanta", "Corvanta Talent <corvanta@talent.icims.com>",
      "Thank you for your interest in Corvanta",
      """Dear Jana Wüthrich-Adeyemi,

Thank you for submitting your application for the position of Pharmacovigilance Scientist (Req ID 2026-11873) in Dublin, Ireland. Your application is now under review.

What happens next? Our recruiting team reviews every application. If selected for an interview, you will be contacted directly.

Please do not reply to this message as this mailbox is not monitored.

Corvanta | Global Talent Acquisition""", fmt="html", contact=""),
    m(A, "softgarden_de", "de", "Breisgau Klinikum", "Breisgau Klinikum <bewerbung@breisgau-klinikum.softgarden.example.de>",
      "Ihre Bewerbung bei Breisgau Klinikum",
      """Liebe Frau Wüthrich-Adeyemi,

vielen Dank für Ihre Bewerbung als Projektmanagerin Klinische Studien (m/w/d) in Freiburg im Breisgau.

Wir haben Ihre Unterlagen erhalten und melden uns, sobald wir diese gesichtet haben. Dies kann erfahrungsgemäß zwei bis drei Wochen dauern.

Herzliche Grüße
Ihr Recruiting-Team
Breisgau Klinikum""", fmt="alt"),
    m(A, "es_ack_infojobs", "es", "Biofarma Levante", "Biofarma Levante <empleo@biofarmalevante.example.es>",
      "Hemos recibido tu candidatura",
      """Hola Jana,

¡Gracias por postularte a la oferta de Técnico/a de Garantía de Calidad GMP en Valencia! Hemos recibido correctamente tu CV.

Nuestro equipo revisará tu perfil en los próximos días. Debido al gran número de candidaturas, no siempre podemos responder a todas personalmente, pero si tu perfil encaja te llamaremos.

Un saludo,
Equipo de Personas - Biofarma Levante""", contact="empleo@biofarmalevante.example.es"),
    m(A, "taleo_en_weird", "en", "Grantham Pharmaceuticals", "Grantham Careers <do-not-reply@taleo.net>",
      "Grantham Pharmaceuticals - Application Confirmation - Req# 260003XY",
      """Dear  Jana ,

Thank you for applying to the position of  Quality Assurance Manager - GxP Compliance  (260003XY).

We have successfully received your application.  Should your qualifications match the requirements of the role, a Recruiter will contact you.

You can log in to your candidate profile at any time.

Sincerely,
Grantham Pharmaceuticals Talent Acquisition

[This is an automated message. Replies will not be read.]""", charset="windows-1252"),
    m(A, "personalberatung_ack", "de", "Ostschweizer Medizintechnik", "Esther Kunz <esther.kunz@kunz-partner.example.ch>",
      "Ihre Unterlagen",
      """Guten Tag Frau Wüthrich-Adeyemi

Herzlichen Dank für die Zustellung Ihrer Unterlagen zum Mandat Head Regulatory Affairs für die Ostschweizer Medizintechnik AG. Ich habe Ihr Dossier erhalten und bespreche es diese Woche mit der Auftraggeberin.

Ich melde mich spätestens Mitte nächster Woche.

Freundliche Grüsse
Esther Kunz
Kunz & Partner | Executive Search
Zug"""),
    m(A, "psi_ack_de", "de", "Paul Scherrer Institut", "PSI Recruiting <no-reply@psi.example.ch>",
      "Bewerbung erhalten: Qualitätsbeauftragte/r Radiopharmazie",
      """Sehr geehrte Frau Wüthrich-Adeyemi

Wir danken Ihnen für Ihre Online-Bewerbung für die Stelle Qualitätsbeauftragte/r Radiopharmazie (Ref. 6120-01).

Ihre Unterlagen werden nun an die zuständige Fachabteilung weitergeleitet. Bitte haben Sie Verständnis, dass die Bearbeitung einige Zeit in Anspruch nehmen kann.

Freundliche Grüsse
Paul Scherrer Institut PSI
Human Resources""", charset="iso-8859-1", cte="base64", contact=""),
    m(A, "fr_lyon_ack_casual", "fr", "Medisoft Lyon", "Léa Garnier <lea.garnier@medisoft-lyon.example.fr>",
      "Re: Candidature spontanée",
      """Bonjour Jana,

Bien reçu votre CV, merci ! Je le transmets à notre directrice qualité qui revient de congés lundi. On revient vers vous d'ici fin de semaine prochaine.

Belle journée,
Léa
Office manager - Medisoft Lyon""",
      quote=("fr", "Jana Wüthrich-Adeyemi <jana.wa@example.ch>", "Bonjour,\nJe me permets de vous adresser ma candidature spontanée pour un poste en assurance qualité.\nCordialement,\nJana Wüthrich-Adeyemi")),
    m(A, "smartrecruiters_en", "en", "Bernstein Medical Devices", "Bernstein Medical Devices <notifications@smartrecruiters.com>",
      "Your application for Post-Market Surveillance Specialist",
      """Hi Jana,

Thanks for applying to Bernstein Medical Devices! We've received your application for Post-Market Surveillance Specialist (Bern, hybrid).

Our hiring team is reviewing applications and we'll reach out if there's a match.

Best,
Bernstein Medical Devices Hiring Team""", fmt="html", links=[("Track your application", "https://jobs.smartrecruiters.com/track?token=abc")]),
    m(A, "de_kanton_ack", "de", "Kanton Zürich", "Kanton Zürich <stellen@zh.example.ch>",
      "Eingangsbestätigung Ihrer Bewerbung",
      """Sehr geehrte Frau Wüthrich-Adeyemi

Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Inspektorin GMP/GDP (80-100 %) im Kantonalen Heilmittelkontrolle.

Die Bewerbungsfrist läuft bis 30. April 2026. Danach werden alle Dossiers geprüft. Leider ist es uns nicht möglich, vorab Auskunft über den Stand des Verfahrens zu geben.

Freundliche Grüsse
Kanton Zürich, Gesundheitsdirektion
Personaldienst""", contact="stellen@zh.example.ch"),
    m(A, "greenhouse_ack_boston", "en", "Tessellate Bio", "Tessellate Bio <no-reply@us.greenhouse-mail.io>",
      "Thanks for applying to Tessellate Bio",
      """Hi Jana,

Thanks for your interest in Tessellate Bio! We've received your application for Senior Manager, Clinical Operations (Boston or Remote-EU) and our team will review it shortly.

While we aren't able to get back to everyone personally, we do read every application. If there's a fit, you'll hear from a recruiter within 2-3 weeks.

Team Tessellate""", fmt="alt", contact=""),
    m(A, "de_temporaer_ack", "de", "Stellwerk Temporär", "Fabienne Meier <fabienne.meier@stellwerk-temp.example.ch>",
      "Dossier erhalten :-)",
      """Hallo Jana

Danke für dein Dossier! Ich habe es erhalten und im System erfasst. Sobald ich einen passenden Einsatz im Bereich QA/Dokumentation habe, rufe ich dich an.

Liebe Grüsse
Fabienne
Stellwerk Temporär | Basel"""),
    m(A, "rexx_de_munich", "de", "Isarpharm", "Isarpharm Karriere <karriere@isarpharm.example.de>",
      "Bestätigung Ihrer Bewerbung (Kennziffer 2026-044)",
      """Sehr geehrte Frau Wüthrich-Adeyemi,

wir bestätigen den Eingang Ihrer Bewerbung als Clinical Trial Manager (m/w/d) in München und bedanken uns für Ihr Interesse.

Ihre Unterlagen werden derzeit von der Fachabteilung geprüft. Wir bitten Sie um etwas Geduld.

Bei Rückfragen steht Ihnen Herr Jonas Weber (jonas.weber@isarpharm.example.de, +49 89 5555 210) gerne zur Verfügung.

Mit freundlichen Grüßen
Ihr Isarpharm HR-Team
Isarpharm GmbH | Sitz München | HRB 123456 | Geschäftsführer: Dr. K. Brandl""",
      reply_to="Jonas Weber <jonas.weber@isarpharm.example.de>"),
    m(A, "es_ack_madrid_formal", "es", "Instituto Farmacéutico Retiro", "Recursos Humanos IFR <rrhh@ifretiro.example.es>",
      "Confirmación de recepción de candidatura",
      """Estimada Sra. Wüthrich-Adeyemi:

Le confirmamos la recepción de su candidatura para el puesto de Responsable de Asuntos Médicos. Le agradecemos el interés mostrado en nuestra organización.

Una vez finalizado el plazo de inscripción, el comité de selección valorará todas las candidaturas. Lamentablemente no podemos ofrecer información individualizada durante esta fase.

Reciba un cordial saludo,
Departamento de Recursos Humanos
Instituto Farmacéutico Retiro""", charset="iso-8859-1", cte="qp", contact="rrhh@ifretiro.example.es"),
    m(A, "avature_en_lausanne", "en", "Valmont Nutrition Health", "Valmont Careers <careers@valmont.avature.net>",
      "Application submitted",
      """Dear Jana,

Your application for Regulatory Affairs Specialist - Medical Nutrition (Lausanne) has been successfully submitted.

Reference: VNH-26-3381

You will receive an update on your application status once the hiring team has reviewed it. In the meantime, why not explore Life at Valmont on our careers site?

Valmont Nutrition Health - Talent Acquisition""", fmt="html", logo="Valmont"),

    m(A, "fr_cro_geneve_ack", "fr", "Cromont Recherche Clinique", "Cromont Recrutement <jobs@cromont-rc.example.ch>",
      "Votre candidature – Chef(fe) de projet clinique",
      """Bonjour Jana,

Merci pour votre candidature au poste de Cheffe de projet clinique (Genève). Elle a bien été enregistrée et sera étudiée par notre équipe dans les meilleurs délais.

Malheureusement, nous ne sommes pas en mesure de fournir un retour individuel à ce stade du processus.

Belle journée,
L'équipe Talent – Cromont Recherche Clinique""", fmt="html", charset="windows-1252", cte="qp", contact="jobs@cromont-rc.example.ch"),
    m(A, "de_lucerne_kurz", "de", "Pilatus Medical", "Nina Arnold <nina.arnold@pilatus-medical.example.ch>",
      "AW: Bewerbung Quality Engineer",
      """Grüezi Frau Wüthrich

Danke, ist angekommen. Wir melden uns nach Ostern.

Freundliche Grüsse
Nina Arnold
Pilatus Medical AG | Luzern""",
      quote=("outlook", "Jana Wüthrich-Adeyemi", "Sehr geehrte Frau Arnold\n\nAnbei sende ich Ihnen meine Bewerbungsunterlagen für die Stelle als Quality Engineer.\n\nFreundliche Grüsse\nJana Wüthrich-Adeyemi"),
      quote_subject="Bewerbung Quality Engineer"),

    # ---------------- offers ----------------
    m(OFFER, "verbal_followup_en", "en", "Northbridge Bio", "Rachel Kim <rachel.kim@northbridge-bio.example.com>",
      "Great speaking with you today!",
      """Hi Jana,

As discussed on the phone this afternoon, I'm delighted to confirm that we'd like you to join Northbridge Bio as Senior Manager, Drug Safety, based in Basel. The formal offer letter is being prepared by HR and should reach you by Thursday.

Quick recap: base CHF 148k, 15% bonus target, start date flexible between 1 and 15 August.

Let me know if anything is unclear. We're really excited!

Rachel""", date=datetime(2026, 6, 9, 15, 40, tzinfo=UTC)),
    m(OFFER, "vertrag_de", "de", "Jura Biologics", "Sabine Huber <sabine.huber@jurabiologics.example.ch>",
      "Ihr Arbeitsvertrag",
      """Liebe Frau Wüthrich-Adeyemi

Wir freuen uns sehr, Ihnen die Stelle als QA Compliance Managerin anbieten zu können! Im Anhang finden Sie den Arbeitsvertrag in zweifacher Ausführung sowie das Stellenbeschrieb.

Bitte senden Sie uns ein unterzeichnetes Exemplar bis zum 24. Juli zurück. Für Fragen stehe ich Ihnen jederzeit zur Verfügung.

Herzliche Grüsse
Sabine Huber
HR Business Partner
Jura Biologics AG""", attach="Arbeitsvertrag_Wuethrich-Adeyemi.pdf"),
    m(OFFER, "conditional_uk", "en", "Halewood Clinical", "Priya Raman <priya.raman@halewoodclinical.example.co.uk>",
      "Conditional offer of employment",
      """Dear Jana,

Further to your recent interview, I am pleased to offer you the position of Clinical Project Lead, subject to satisfactory references and right-to-work checks.

Your offer letter is attached. Please do revert with your signed acceptance within seven working days.

Kind regards,
Priya Raman
Senior Talent Partner | Halewood Clinical Ltd""", attach="Offer_Letter_JWA.pdf"),
    m(OFFER, "fr_promesse", "fr", "Biosynthèse Rhône", "Claire Morel <claire.morel@biosynthese-rhone.example.fr>",
      "Proposition d'embauche",
      """Bonjour Jana,

J'ai le plaisir de vous confirmer que nous souhaitons vous proposer le poste de Responsable Conformité GMP au sein de notre site de Saint-Priest, en CDI.

Vous trouverez ci-joint la promesse d'embauche précisant la rémunération (68 k€ bruts annuels), la date de prise de poste et les conditions. Merci de nous la retourner signée si elle vous convient.

Au plaisir de vous accueillir,
Claire Morel
Chargée de recrutement - Biosynthèse Rhône""", attach="Promesse_embauche.pdf", fmt="alt"),
    m(OFFER, "es_oferta", "es", "Ensayos Castellana", "Javier Molina <jmolina@ensayoscastellana.example.es>",
      "Oferta - Clinical Project Manager",
      """Hola Jana,

¡Buenas noticias! Nos complace ofrecerte el puesto de Clinical Project Manager Senior en nuestra oficina de Barcelona. Adjunto la carta de oferta con las condiciones que comentamos.

Dinos algo cuando la hayas revisado. ¡Ojalá podamos contar contigo!

Un abrazo,
Javier Molina
Director de Operaciones Clínicas""", attach="Carta_oferta.pdf"),
    m(OFFER, "de_zusage_phone_followup", "de", "Alpenkliniken", "Dr. Regula Zbinden <regula.zbinden@alpenkliniken.example.ch>",
      "Wie telefonisch besprochen",
      """Liebe Frau Wüthrich-Adeyemi

Wie eben am Telefon besprochen: Wir möchten Sie sehr gerne als Leiterin Klinische Studien bei uns anstellen. Die Bereichsleitung hat heute Morgen zugestimmt, die Referenzauskünfte waren durchwegs sehr positiv.

Den Vertragsentwurf schicke ich Ihnen morgen. Ich freue mich!

Herzliche Grüsse
Regula Zbinden""", date=datetime(2026, 9, 16, 12, 5, tzinfo=UTC)),
    m(OFFER, "agency_offer_excited", "de", "Vireon Pharma", "Sandra Imhof <sandra.imhof@kestrelpartners.example.ch>",
      "!!! Vireon !!!",
      """Jana!!!

Vireon möchte dir ein Angebot machen!! Die zweite Kandidatin hat abgesagt und sie wollen jetzt dich als Regulatory Affairs Lead!! Lohnband 135-145k plus Bonus, Start ab Oktober.

Ruf mich an, sobald du kannst, dann gehen wir die Details durch!

Liebe Grüsse
Sandra

Kestrel Partners AG | +41 61 555 20 40"""),
    m(OFFER, "en_offer_startup_equity", "en", "Lumio Health", "Daniel Osei <daniel@lumiohealth.example.com>",
      "Offer",
      """Jana,

Good news, we closed the round earlier than expected. I'd love to offer you the role of Head of Quality & Regulatory. Attached is the offer: CHF 140k, 0.4% options, 4-year vesting, remote-first with Zurich office days.

Happy to jump on a call to walk through it.

Daniel""", attach="Lumio_Offer_Letter.pdf"),
    m(OFFER, "de_kanton_zusage", "de", "Kanton Zürich", "Barbara Wyss <barbara.wyss@gd.zh.example.ch>",
      "Zusage Inspektorin GMP/GDP",
      """Sehr geehrte Frau Wüthrich-Adeyemi

Wir freuen uns, Ihnen mitteilen zu dürfen, dass die Wahl auf Sie gefallen ist. Wir bieten Ihnen die Stelle als Inspektorin GMP/GDP mit einem Pensum von 90 % an, vorbehältlich eines einwandfreien Strafregisterauszugs.

Die Anstellungsverfügung erhalten Sie in den nächsten Tagen per Post. Bitte reichen Sie uns bis dahin den Strafregisterauszug ein.

Freundliche Grüsse
Barbara Wyss
Leiterin Personaldienst
Gesundheitsdirektion Kanton Zürich""", charset="iso-8859-1", cte="qp"),
    m(OFFER, "fr_lausanne_offer", "fr", "Valmont Nutrition Health", "Sophie Delacroix <sophie.delacroix@valmont.example.ch>",
      "Votre offre - Regulatory Affairs Specialist",
      """Chère Jana,

Suite à vos entretiens, nous avons le plaisir de vous faire une offre pour le poste de Regulatory Affairs Specialist à Lausanne. Le contrat de travail est joint à ce message.

Merci de nous faire part de votre décision d'ici au 3 octobre.

Meilleures salutations,
Sophie Delacroix
HR Business Partner, Valmont Nutrition Health""", attach="Contrat_de_travail.pdf", fmt="alt"),
]
