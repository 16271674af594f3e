"""Corpus 322, threads in French, Spanish, German and English: Hôpital Sainte-Clotilde (Paris,
Taleo), Nexalud (Barcelona, Teamtailor), Klinikum Spreebogen (Berlin, softgarden) and Claddagh
University Hospital (Galway, Workday)."""

from __future__ import annotations

from msgs322_common import ME, html_from_text, html_page, ics, para_html, t

HELENE = ("Hélène Dufresne", "helene.dufresne@hopital-sainte-clotilde.example.fr")
BEGONA = ("Begoña Ibáñez", "begona.ibanez@nexalud.example.es")
SABINE = ("Sabine Kowalczyk", "s.kowalczyk@klinikum-spreebogen.example.de")
DEIRDRE = ("Deirdre Moran", "deirdre.moran@claddaghhospital.example.ie")
WORKDAY = ("Claddagh University Hospital", "claddaghhospital@myworkday.com")

SC_SIG = t("""
    Hélène Dufresne
    Responsable de l'Unité de Recherche Clinique
    Hôpital Sainte-Clotilde
    12, rue des Vinaigriers – 75010 Paris
    Tél. : 01 55 50 27 40
    """)

SP_SIG = t("""
    Mit freundlichen Grüßen

    Sabine Kowalczyk
    Personalreferentin
    Klinikum Spreebogen gGmbH | Personalabteilung
    Alt-Moabit 140 | 10557 Berlin
    Tel. +49 30 5558 2214

    Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
    informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
    """)

SPECS = [
    # ------------------------------------------------------------ Hôpital Sainte-Clotilde
    {
        "slug": "sainte_clotilde_ack_taleo",
        "kind": "application_received", "lang": "fr",
        "company": "Hôpital Sainte-Clotilde", "contact": "",
        "date": "2026-03-09 07:55 +0000",
        "frm": ("Hôpital Sainte-Clotilde – Recrutement", "noreply@taleo.net"),
        "subject": "Accusé de réception de votre candidature – ARC (réf. URC-2026-07)",
        "html": html_page(para_html([
            "Madame Ní Bhriain,",
            "Nous accusons réception de votre candidature au poste d'<b>Attaché(e) de "
            "recherche clinique (ARC) – Unité de recherche clinique</b> (réf. URC-2026-07) et "
            "vous remercions de l'intérêt que vous portez à notre établissement.",
            "Votre dossier va être étudié avec attention par nos équipes. En raison du "
            "nombre important de candidatures, seules les personnes dont le profil sera "
            "retenu seront contactées pour un entretien.",
            "Vous pouvez suivre l'état de votre candidature dans votre espace candidat.",
            "Cordialement,<br>La Direction des Ressources Humaines<br>Hôpital Sainte-Clotilde",
        ]), brand="Hôpital Sainte-Clotilde", colour="#7a1f3d", lang="fr",
            footer="Ce message est généré automatiquement, merci de ne pas y répondre."),
        "html_cte": "quoted-printable",
    },
    {
        "slug": "own_sainte_clotilde_followup",
        "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-03-20 22:14 +0000",
        "frm": ME, "to": [HELENE],
        "subject": "Candidature ARC (réf. URC-2026-07) – quelques précisions",
        "text": t("""
            Madame Dufresne,

            Je me permets de vous écrire au sujet de ma candidature au poste d'ARC
            (réf. URC-2026-07), déposée le 9 mars sur votre site.

            Je suis infirmière en Irlande depuis sept ans et coordinatrice de deux essais de
            phase III dans mon service d'oncologie. Mon français est courant (j'ai fait un
            Erasmus à Lyon), et je suis disponible pour un entretien en visioconférence à
            votre convenance.

            Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

            Siobhán Ní Bhriain
            """),
    },
    {
        "slug": "sainte_clotilde_invitation",
        "kind": "interview_invitation", "lang": "fr",
        "company": "Hôpital Sainte-Clotilde",
        "contact": "helene.dufresne@hopital-sainte-clotilde.example.fr",
        "date": "2026-03-24 10:31 +0100",
        "frm": HELENE, "name_enc": ("q", "iso-8859-1"),
        "parent": "own_sainte_clotilde_followup", "quote": "fr",
        "subject": "RE: Candidature ARC (réf. URC-2026-07) – quelques précisions",
        "text": t("""
            Bonjour Madame Ní Bhriain,

            Merci pour votre message. Votre profil a retenu notre attention et je vous
            propose un entretien en visioconférence (Teams) le jeudi 2 avril à 14h30, heure de
            Paris, avec moi-même et le Dr Antoine Lefebvre, investigateur principal en
            hématologie. L'entretien durera environ 45 minutes.

            Merci de me confirmer votre disponibilité ; le lien de connexion vous sera envoyé
            la veille.

            Bien cordialement,
            """) + "\n" + SC_SIG,
    },
    {
        "slug": "sainte_clotilde_report",
        "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Hôpital Sainte-Clotilde",
        "contact": "helene.dufresne@hopital-sainte-clotilde.example.fr",
        "date": "2026-03-31 17:48 +0200",
        "frm": HELENE, "parent": "sainte_clotilde_invitation", "quote": "outlook_fr",
        "subject": "Report de votre entretien du 2 avril",
        "text": t("""
            Bonjour,

            Le Dr Lefebvre étant retenu par une inspection de l'ANSM jeudi, nous sommes
            contraints de reporter votre entretien. Seriez-vous disponible le mardi 7 avril à
            10h00 (heure de Paris) ? Le format reste identique.

            Toutes nos excuses pour ce contretemps.

            Bien cordialement,
            Hélène Dufresne
            """),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "slug": "sainte_clotilde_refus",
        "kind": "rejection", "lang": "fr",
        "company": "Hôpital Sainte-Clotilde",
        "contact": "helene.dufresne@hopital-sainte-clotilde.example.fr",
        "date": "2026-04-22 09:12 +0200",
        "frm": HELENE,
        "subject": "Votre candidature au poste d'ARC – URC-2026-07",
        "text": t("""
            Madame,

            Nous vous remercions de l'intérêt que vous avez manifesté pour le poste d'ARC au
            sein de notre Unité de recherche clinique et du temps que vous nous avez accordé
            lors de l'entretien du 7 avril.

            Après examen attentif de l'ensemble des candidatures, nous avons le regret de
            vous informer que nous avons retenu un profil disposant d'une expérience plus
            longue du monitoring d'essais promus par l'AP-HP et ne pouvons donc pas donner
            une suite favorable à votre candidature.

            Nous vous souhaitons pleine réussite dans vos démarches.

            Bien cordialement,
            """) + "\n" + SC_SIG,
        "charset": "windows-1252", "cte": "base64",
    },
    # ------------------------------------------------------------ Nexalud (Barcelona)
    {
        "slug": "nexalud_ack_teamtailor",
        "kind": "application_received", "lang": "es",
        "company": "Nexalud", "contact": "",
        "date": "2026-06-02 12:07 +0000",
        "frm": ("Nexalud", "no-reply@teamtailor-mail.com"),
        "subject": "¡Gracias por tu candidatura, Siobhán!",
        "text": t("""
            Hola Siobhán:

            ¡Gracias por tu interés en Nexalud! Hemos recibido tu candidatura para el puesto
            de Especialista de Producto Clínico (Barcelona / híbrido).

            Nuestro equipo revisará tu perfil en las próximas dos semanas. Si encaja con lo
            que buscamos, te contactaremos para organizar una primera llamada.

            Un saludo,
            El equipo de Talento de Nexalud

            Este correo se ha enviado automáticamente a través de Teamtailor.
            """),
        "html": html_from_text(t("""
            Hola Siobhán:

            ¡Gracias por tu interés en Nexalud! Hemos recibido tu candidatura para el puesto
            de Especialista de Producto Clínico (Barcelona / híbrido).

            Nuestro equipo revisará tu perfil en las próximas dos semanas. Si encaja con lo
            que buscamos, te contactaremos para organizar una primera llamada.

            Un saludo,
            El equipo de Talento de Nexalud
            """), brand="Nexalud", colour="#5b2a86", lang="es",
            footer="Este correo se ha enviado automáticamente a través de Teamtailor."),
        "subj_enc": ("b", "utf-8"),
    },
    {
        "slug": "nexalud_invitacion",
        "kind": "interview_invitation", "lang": "es",
        "company": "Nexalud", "contact": "begona.ibanez@nexalud.example.es",
        "date": "2026-06-10 16:22 +0200",
        "frm": ("Begoña Ibáñez de Nexalud", "no-reply@teamtailor-mail.com"),
        "reply_to": BEGONA, "name_enc": ("b", "iso-8859-1"),
        "subject": "Videoentrevista – Especialista de Producto Clínico",
        "text": t("""
            Hola Siobhán:

            Soy Begoña, del equipo de Talento de Nexalud. Nos ha encantado tu perfil y nos
            gustaría conocerte en una videoentrevista de 40 minutos con Jordi Puig, nuestro
            Product Lead, el martes 16 de junio a las 10:00 (hora de Madrid).

            Te adjunto la invitación de calendario. La entrevista puede ser en inglés o en
            castellano, como prefieras.

            Si no te va bien la hora, responde a este correo y buscamos otra.

            ¡Hasta pronto!
            Begoña Ibáñez
            Talent Acquisition | Nexalud
            Carrer de Pallars 108, 08018 Barcelona
            """),
        "ics": {"method": "REQUEST", "body": ics(
            method="REQUEST", uid="tt-448812@nexalud.example.es", seq=0,
            start="20260616T100000", end="20260616T104000", tz="Europe/Madrid",
            summary="Videoentrevista Nexalud – Siobhán Ní Bhriain", organizer=BEGONA,
            location="https://meet.google.com/nxs-jord-ipu", stamp="20260610T142200Z",
            prodid="-//Teamtailor//Calendar//ES")},
    },
    {
        "slug": "nexalud_cambio_hora",
        "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Nexalud", "contact": "begona.ibanez@nexalud.example.es",
        "date": "2026-06-15 09:05 +0200",
        "frm": BEGONA, "parent": "nexalud_invitacion", "quote": "es",
        "subject": "RE: Videoentrevista – Especialista de Producto Clínico",
        "text": t("""
            Hola de nuevo, Siobhán:

            Jordi tiene una demo con un hospital mañana a primera hora y no llegará a tiempo,
            así que necesitamos mover la entrevista al jueves 18 de junio a las 12:30 (hora
            de Madrid). Te he actualizado la invitación. ¡Perdona el cambio!

            Begoña
            """),
        "ics": {"method": "REQUEST", "body": ics(
            method="REQUEST", uid="tt-448812@nexalud.example.es", seq=1,
            start="20260618T123000", end="20260618T131000", tz="Europe/Madrid",
            summary="Videoentrevista Nexalud – Siobhán Ní Bhriain", organizer=BEGONA,
            location="https://meet.google.com/nxs-jord-ipu", stamp="20260615T070500Z",
            prodid="-//Teamtailor//Calendar//ES")},
        "cte": "8bit",
    },
    {
        "slug": "own_nexalud_gracias",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-06-18 19:40 +0100",
        "frm": ME, "to": [BEGONA], "cc": [("Jordi Puig", "jordi.puig@nexalud.example.es")],
        "subject": "Gracias por la entrevista de hoy",
        "text": t("""
            Hola Begoña, hola Jordi:

            Muchas gracias por la conversación de hoy. Me ha gustado mucho conocer cómo
            trabajáis con las enfermeras de los hospitales piloto para diseñar los
            formularios de la historia clínica.

            Quedo a vuestra disposición para cualquier cosa que necesitéis.

            Un saludo,
            Siobhán
            """),
    },
    {
        "slug": "nexalud_rechazo",
        "kind": "rejection", "lang": "es",
        "company": "Nexalud", "contact": "begona.ibanez@nexalud.example.es",
        "date": "2026-07-03 13:15 +0200",
        "frm": BEGONA, "parent": "own_nexalud_gracias", "quote": "es",
        "subject": "RE: Gracias por la entrevista de hoy",
        "text": t("""
            Hola Siobhán:

            Gracias a ti por tu tiempo y por el interés en Nexalud. Te escribo para contarte
            que, tras valorar todas las entrevistas, hemos decidido continuar el proceso con
            otras candidaturas cuyo perfil se ajusta más a lo que necesitamos ahora mismo,
            sobre todo en experiencia con el mercado sanitario catalán.

            Ha sido un placer conocerte y te deseamos mucha suerte.

            Un abrazo,
            Begoña
            """),
        "charset": "iso-8859-1", "cte": "8bit",
    },
    # ------------------------------------------------------------ Klinikum Spreebogen
    {
        "slug": "spreebogen_ack_softgarden",
        "kind": "application_received", "lang": "de",
        "company": "Klinikum Spreebogen", "contact": "",
        "date": "2026-02-23 06:40 +0000",
        "frm": ("Klinikum Spreebogen", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung als Studienkoordinator*in Kardiologie",
        "text": t("""
            Sehr geehrte Frau Ní Bhriain,

            herzlichen Dank für Ihre Bewerbung als Studienkoordinator*in (Study Nurse) im
            Studienzentrum der Klinik für Kardiologie. Hiermit bestätigen wir den Eingang
            Ihrer Unterlagen.

            Bitte haben Sie Verständnis dafür, dass die Auswahl einige Wochen dauern kann. Wir
            melden uns unaufgefordert bei Ihnen, sobald es Neuigkeiten gibt.

            Mit freundlichen Grüßen
            Ihre Personalabteilung
            Klinikum Spreebogen

            Diese Nachricht wurde automatisch über softgarden versendet.
            """),
        "cte": "quoted-printable",
    },
    {
        "slug": "spreebogen_einladung",
        "kind": "interview_invitation", "lang": "de",
        "company": "Klinikum Spreebogen", "contact": "s.kowalczyk@klinikum-spreebogen.example.de",
        "date": "2026-03-10 11:18 +0100",
        "frm": ("Sabine Kowalczyk via softgarden", "noreply@softgarden.io"), "reply_to": SABINE,
        "subject": "Einladung zum Vorstellungsgespräch – Studienkoordinator*in Kardiologie",
        "text": t("""
            Sehr geehrte Frau Ní Bhriain,

            vielen Dank für Ihre Bewerbung. Wir möchten Sie gern näher kennenlernen und laden
            Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein:

            Termin: Donnerstag, 19. März 2026, 13:00 Uhr (MEZ)
            Teilnehmende: Dr. Matthias Brenner (Leiter Studienzentrum), Frau Yilmaz
            (Pflegedienstleitung) und ich

            Das Gespräch kann auf Englisch geführt werden; Grundkenntnisse in Deutsch sind
            für die Stelle jedoch wünschenswert. Bitte bestätigen Sie den Termin kurz per
            Antwort auf diese E-Mail.
            """) + "\n" + SP_SIG,
        "html": html_from_text(t("""
            Sehr geehrte Frau Ní Bhriain,

            vielen Dank für Ihre Bewerbung. Wir möchten Sie gern näher kennenlernen und laden
            Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein:

            Termin: Donnerstag, 19. März 2026, 13:00 Uhr (MEZ)
            Teilnehmende: Dr. Matthias Brenner (Leiter Studienzentrum), Frau Yilmaz
            (Pflegedienstleitung) und ich

            Das Gespräch kann auf Englisch geführt werden; Grundkenntnisse in Deutsch sind
            für die Stelle jedoch wünschenswert. Bitte bestätigen Sie den Termin kurz per
            Antwort auf diese E-Mail.
            """) + "\n" + SP_SIG, lang="de"),
        "cte": "quoted-printable", "html_cte": "quoted-printable",
    },
    {
        "slug": "spreebogen_verschoben",
        "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Klinikum Spreebogen", "contact": "s.kowalczyk@klinikum-spreebogen.example.de",
        "date": "2026-03-16 08:52 +0100",
        "frm": SABINE, "parent": "spreebogen_einladung", "quote": "de",
        "subject": "AW: Einladung zum Vorstellungsgespräch – Terminverschiebung",
        "text": t("""
            Sehr geehrte Frau Ní Bhriain,

            leider müssen wir unser Gespräch am Donnerstag verschieben, da Dr. Brenner
            kurzfristig den Dienst in der Notaufnahme übernehmen muss. Wir schlagen als neuen
            Termin Dienstag, den 24. März, um 10:30 Uhr vor. Der Teams-Link bleibt gleich.

            Bitte geben Sie mir kurz Bescheid, ob Ihnen das passt. Vielen Dank für Ihr
            Verständnis!
            """) + "\n" + SP_SIG,
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "slug": "spreebogen_absage",
        "kind": "rejection", "lang": "de",
        "company": "Klinikum Spreebogen", "contact": "s.kowalczyk@klinikum-spreebogen.example.de",
        "date": "2026-04-09 14:27 +0200",
        "frm": ("Sabine Kowalczyk via softgarden", "noreply@softgarden.io"), "reply_to": SABINE,
        "subject": "Ihre Bewerbung bei uns",
        "text": t("""
            Sehr geehrte Frau Ní Bhriain,

            nochmals vielen Dank für das angenehme Gespräch am 24. März und Ihr Interesse an
            einer Tätigkeit in unserem Studienzentrum.

            Nach reiflicher Überlegung haben wir uns für eine Kandidatin entschieden, die
            bereits Erfahrung mit deutschen Ethikkommissionen und fließende
            Deutschkenntnisse mitbringt. Wir bedauern, Ihnen keine positivere Nachricht geben
            zu können.

            Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.
            """) + "\n" + SP_SIG,
        "html": html_from_text(t("""
            Sehr geehrte Frau Ní Bhriain,

            nochmals vielen Dank für das angenehme Gespräch am 24. März und Ihr Interesse an
            einer Tätigkeit in unserem Studienzentrum.

            Nach reiflicher Überlegung haben wir uns für eine Kandidatin entschieden, die
            bereits Erfahrung mit deutschen Ethikkommissionen und fließende
            Deutschkenntnisse mitbringt. Wir bedauern, Ihnen keine positivere Nachricht geben
            zu können.

            Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.
            """) + "\n" + SP_SIG, lang="de", brand="Klinikum Spreebogen", colour="#00577b"),
        "cte": "base64", "html_cte": "base64",
    },
    # ------------------------------------------------------------ Claddagh University Hospital
    {
        "slug": "claddagh_ack_workday",
        "kind": "application_received", "lang": "en",
        "company": "Claddagh University Hospital", "contact": "",
        "date": "2026-01-19 11:32 +0000",
        "frm": WORKDAY,
        "subject": "Application received: Clinical Informatics Nurse Specialist (R-004417)",
        "text": t("""
            Dear Siobhán,

            Thank you for applying for the Clinical Informatics Nurse Specialist position
            (R-004417) at Claddagh University Hospital. We confirm that your application has
            been submitted successfully.

            What happens next: following the closing date, applications are assessed against
            the shortlisting criteria. Due to the volume of applications we are unable to
            respond to every applicant individually; you can check the status of your
            application at any time in the Candidate Home section of our careers site.

            Kind regards,
            Talent Acquisition
            Claddagh University Hospital

            This is an automated message sent from Workday. Please do not reply.
            """),
    },
    {
        "slug": "claddagh_invite_workday",
        "kind": "interview_invitation", "lang": "en",
        "company": "Claddagh University Hospital", "contact": "",
        "date": "2026-02-09 15:01 +0000",
        "frm": WORKDAY,
        "subject": "Interview scheduled: Clinical Informatics Nurse Specialist (R-004417)",
        "html": html_page(para_html([
            "Dear Siobhán,",
            "We are pleased to invite you to interview for <b>Clinical Informatics Nurse "
            "Specialist (R-004417)</b>.",
            "<b>Date:</b> Thursday 19 February 2026<br><b>Time:</b> 14:00 – 14:40<br>"
            "<b>Location:</b> Education Centre, Room 2, Claddagh University Hospital, Newcastle "
            "Road, Galway",
            "Please bring two forms of photo ID and proof of NMBI registration. The panel may "
            "ask you to complete a short competency-based questionnaire on arrival.",
            "A calendar file is attached to this email. If you are unable to attend, please "
            "withdraw or request a change through Candidate Home.",
            "Kind regards,<br>Talent Acquisition<br>Claddagh University Hospital",
        ]), brand="Claddagh University Hospital | Careers", colour="#005eb8",
            footer="This is an automated message sent from Workday. Please do not reply."),
        "html_cte": "quoted-printable",
        "ics": {"method": "REQUEST", "mode": "attach", "filename": "Interview.ics",
                "body": ics(method="REQUEST", uid="wd-int-R004417-88123@myworkday.com", seq=0,
                            start="20260219T140000", end="20260219T144000", tz="Europe/Dublin",
                            summary="Interview – Clinical Informatics Nurse Specialist",
                            organizer=("Claddagh University Hospital", "claddaghhospital@"
                                       "myworkday.com"),
                            location="Education Centre Room 2, Claddagh University Hospital",
                            stamp="20260209T150100Z", prodid="-//Workday//Recruiting//EN")},
    },
    {
        "slug": "claddagh_postponed",
        "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Claddagh University Hospital",
        "contact": "deirdre.moran@claddaghhospital.example.ie",
        "date": "2026-02-17 12:44 +0000",
        "frm": DEIRDRE,
        "subject": "Interview on Thursday 19 Feb – postponed",
        "text": t("""
            Dear Siobhán,

            I'm afraid we have to postpone Thursday's interviews for the Clinical Informatics
            Nurse Specialist post: two of the panel members are redeployed because of the
            current norovirus outbreak on the medical floors. We are very sorry for the short
            notice.

            I'll phone you early next week to agree a new date; we're hoping to run the
            interviews by phone instead of in person.

            Kind regards,

            Deirdre Moran
            HR Recruitment Officer
            Claddagh University Hospital | Newcastle Road | Galway
            Tel: 091 555 4410

            ********************************************************************
            The information in this email is confidential and may be legally
            privileged. It is intended solely for the addressee.
            ********************************************************************
            """),
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "slug": "claddagh_missed_phone",
        "kind": "missed_interview_notice", "lang": "en",
        "company": "Claddagh University Hospital",
        "contact": "deirdre.moran@claddaghhospital.example.ie",
        "date": "2026-03-05 14:31 +0000",
        "frm": DEIRDRE,
        "subject": "Your phone interview today at 14:00",
        "text": t("""
            Dear Siobhán,

            The panel rang you at 14:00 today on 087 555 0198 for your rescheduled phone
            interview, as agreed when we spoke last week, and again at 14:10 and 14:20 but
            got no answer and left a voicemail.

            If something came up, please let me know by Monday and I will see whether the
            panel can offer one more slot. Otherwise we will have to continue without your
            application.

            Kind regards,
            Deirdre Moran
            HR Recruitment Officer, Claddagh University Hospital
            """),
    },
    {
        "slug": "claddagh_reject_workday",
        "kind": "rejection", "lang": "en",
        "company": "Claddagh University Hospital", "contact": "",
        "date": "2026-03-20 16:05 +0000",
        "frm": WORKDAY,
        "subject": "Update on your application: Clinical Informatics Nurse Specialist (R-004417)",
        "text": t("""
            Dear Siobhán,

            Thank you for your interest in the Clinical Informatics Nurse Specialist position
            and for taking part in the interview process.

            After careful consideration, the interview panel has decided not to progress your
            application further on this occasion. Interview scores and feedback are available
            on request within 30 days via Candidate Home.

            We encourage you to apply for future vacancies at Claddagh University Hospital.

            Kind regards,
            Talent Acquisition
            Claddagh University Hospital

            This is an automated message sent from Workday. Please do not reply.
            """),
        "html": html_from_text(t("""
            Dear Siobhán,

            Thank you for your interest in the Clinical Informatics Nurse Specialist position
            and for taking part in the interview process.

            After careful consideration, the interview panel has decided not to progress your
            application further on this occasion. Interview scores and feedback are available
            on request within 30 days via Candidate Home.

            We encourage you to apply for future vacancies at Claddagh University Hospital.

            Kind regards,
            Talent Acquisition
            Claddagh University Hospital
            """), brand="Claddagh University Hospital | Careers", colour="#005eb8",
            footer="This is an automated message sent from Workday. Please do not reply."),
    },
]
