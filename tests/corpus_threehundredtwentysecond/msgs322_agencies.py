"""Corpus 322, agencies and head-hunters: Emerald Health Recruitment (Dublin), Praxis Clinical
Recruitment (London), Medcover Locums, Kessler & Raabe (Berlin), Cabinet Talens Santé (Paris),
Talento Sanitario (Barcelona), Heron Search and a Spanish head-hunter. Named clients are the
company; unnamed clients leave the agency as the company."""

from __future__ import annotations

from msgs322_common import html_from_text, html_page, ics, para_html, t

CIARAN = ("Ciarán Whelan", "ciaran.whelan@emeraldhealth.example.ie")
MARCUS = ("Marcus Oyelaran", "marcus.oyelaran@praxisclinical.example.co.uk")
JADE = ("Jade Okafor", "jade.okafor@medcoverlocums.example.co.uk")
RAABE = ("Dr. Frank Raabe", "f.raabe@kessler-raabe.example.de")
SOPHIE = ("Sophie Marchal", "sophie.marchal@talens-sante.example.fr")
MARTA = ("Marta Soler", "marta.soler@talentosanitario.example.es")

EMERALD_SIG = t("""
    Ciarán Whelan
    Senior Consultant – Nursing & Clinical Research
    Emerald Health Recruitment
    3rd Floor, 22 Fitzwilliam Place, Dublin 2, D02 XK44
    M: +353 86 555 3301 | T: +353 1 555 7720

    Emerald Health Recruitment is licensed under the Employment Agency Act 1971
    (licence no. EA-9999). This message is confidential.
    """)

RAABE_SIG = t("""
    Beste Grüße
    Frank Raabe

    Dr. Frank Raabe | Partner
    Kessler & Raabe Personalberatung GmbH
    Friedrichstraße 123 | 10117 Berlin
    T +49 30 5551 8890 | M +49 170 555 2231
    Sitz Berlin, AG Charlottenburg HRB 888888
    """)

SPECS = [
    # ------------------------------------------------------------ Emerald (named client)
    {
        "slug": "emerald_client_invite",
        "kind": "interview_invitation", "lang": "en",
        "company": "Mercy Bay Hospital", "contact": "ciaran.whelan@emeraldhealth.example.ie",
        "date": "2026-02-04 12:10 +0000",
        "frm": CIARAN,
        "subject": "Interview confirmed – Research Nurse, Mercy Bay Hospital",
        "text": t("""
            Hi Siobhán,

            Great news – Mercy Bay Hospital would like to interview you for the Research
            Nurse (Clinical Trials Facility) role we discussed.

            When: Friday 13 February, 11:00
            Where: Clinical Trials Facility, 2nd floor, Mercy Bay Hospital, Dún Laoghaire
            Who: Niamh Carrick (CNM2, CTF) and Dr Paul Hennelly (Principal Investigator)
            Format: 40 minutes, competency-based, with a short question on ICH-GCP

            They also asked if you could bring a copy of your GCP certificate. Give me a
            ring beforehand and we'll go through the likely questions.

            Best of luck,
            """) + EMERALD_SIG,
    },
    {
        "slug": "emerald_client_moved",
        "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Mercy Bay Hospital", "contact": "ciaran.whelan@emeraldhealth.example.ie",
        "date": "2026-02-10 17:02 +0000",
        "frm": CIARAN, "parent": "emerald_client_invite", "quote": "outlook",
        "subject": "RE: Interview confirmed – Research Nurse, Mercy Bay Hospital",
        "text": t("""
            Hi Siobhán,

            Small change of plan: Mercy Bay have a sponsor monitoring visit on Friday and
            have asked to move your interview to Tuesday 17 February at 15:00, same place,
            same panel. I hope that still works with your roster – let me know ASAP and I'll
            confirm with them.

            Ciarán
            """),
    },
    {
        "slug": "emerald_client_no",
        "kind": "rejection", "lang": "en",
        "company": "Mercy Bay Hospital", "contact": "ciaran.whelan@emeraldhealth.example.ie",
        "date": "2026-02-24 10:48 +0000",
        "frm": CIARAN,
        "subject": "Feedback from Mercy Bay Hospital",
        "text": t("""
            Hi Siobhán,

            I've just had feedback from Niamh Carrick at Mercy Bay. They enjoyed meeting you
            and scored you well on patient advocacy, but unfortunately they have decided to
            offer the role to an internal candidate who has been covering the post since
            last autumn.

            I know that's disappointing. I'm keeping you front of mind – there are two
            research nurse roles coming up in Dublin in March that I think would suit you.

            Speak soon,
            """) + EMERALD_SIG,
        "html": html_from_text(t("""
            Hi Siobhán,

            I've just had feedback from Niamh Carrick at Mercy Bay. They enjoyed meeting you
            and scored you well on patient advocacy, but unfortunately they have decided to
            offer the role to an internal candidate who has been covering the post since
            last autumn.

            I know that's disappointing. I'm keeping you front of mind – there are two
            research nurse roles coming up in Dublin in March that I think would suit you.

            Speak soon,
            """) + EMERALD_SIG),
        "name_enc": ("q", "iso-8859-1"),
    },
    {
        "slug": "emerald_ooo",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-02-24 21:15 +0000",
        "frm": CIARAN,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes",
                    "Precedence": "auto_reply"},
        "subject": "Automatic reply: Feedback from Mercy Bay Hospital",
        "text": t("""
            Thank you for your email. I am on annual leave until Monday 2 March with limited
            access to email. For anything urgent please contact the Emerald nursing desk on
            01 555 7720 or nursing@emeraldhealth.example.ie.

            Ciarán Whelan
            """),
    },
    # ------------------------------------------------------------ Praxis (London)
    {
        "slug": "praxis_missed_screen",
        "kind": "missed_interview_notice", "lang": "en",
        "company": "Wandle Community Health",
        "contact": "marcus.oyelaran@praxisclinical.example.co.uk",
        "date": "2026-04-14 11:37 +0100",
        "frm": MARCUS,
        "subject": "Missed call – Wandle Community Health screening",
        "text": t("""
            Hi Siobhán,

            Just a quick one – Dr Shah from Wandle Community Health called you at 11:00 as
            arranged for the telephone screen (Research Practitioner, community trials) but it
            went straight to voicemail. She waited about ten minutes and tried twice.

            Is everything OK? If you can send me two or three times that work this week, I'll
            try to get it rebooked, though I can't promise they'll offer another slot.

            Cheers,
            Marcus

            Marcus Oyelaran | Principal Consultant, Clinical Research
            Praxis Clinical Recruitment | 40 Borough High Street, London SE1 1XW
            Direct: +44 20 5550 4471
            """),
    },
    {
        "slug": "praxis_unnamed_no",
        "kind": "rejection", "lang": "en",
        "company": "Praxis Clinical Recruitment",
        "contact": "marcus.oyelaran@praxisclinical.example.co.uk",
        "date": "2026-05-06 16:20 +0100",
        "frm": MARCUS,
        "subject": "Research Nurse – central London teaching hospital",
        "text": t("""
            Hi Siobhán,

            Thanks for letting me put you forward for the Band 6 research nurse role at the
            central London teaching hospital I mentioned. I'm sorry to say my client has
            decided not to take your application further: they've had a large number of
            applicants who already hold UK NMC registration and they're prioritising those.

            If you do decide to start the NMC application, let me know – it would open a lot
            of doors in London.

            All the best,
            Marcus

            Marcus Oyelaran | Principal Consultant, Clinical Research
            Praxis Clinical Recruitment | 40 Borough High Street, London SE1 1XW
            """),
    },
    # ------------------------------------------------------------ Medcover Locums
    {
        "slug": "medcover_locum_no",
        "kind": "rejection", "lang": "en",
        "company": "Thameside Hospitals", "contact": "jade.okafor@medcoverlocums.example.co.uk",
        "date": "2026-06-23 08:55 +0100",
        "frm": ("Jade Okafor | Medcover Locums", JADE[1]),
        "subject": "Locum research nurse block – Thameside Hospitals",
        "html": html_page(para_html([
            "Hi Siobhán,",
            "Thanks for sending over your compliance documents so quickly. Unfortunately "
            "Thameside Hospitals have now filled the 12-week research nurse block from their "
            "own staff bank, so they won't be going ahead with your placement.",
            "I've kept your compliance file open for 90 days. As soon as another research or "
            "trials locum comes in I'll be in touch.",
            "Kind regards,<br>Jade",
            "<b>Jade Okafor</b><br>Locum Coordinator – Nursing<br>Medcover Locums<br>"
            "Unit 5, Albion Wharf, London SW11 4AN<br>Tel 020 5550 9012",
        ]), brand="Medcover Locums", colour="#d1495b",
            footer="Medcover Locums Ltd is registered in England &amp; Wales no. 09999999."),
        "html_cte": "quoted-printable",
    },
    # ------------------------------------------------------------ Kessler & Raabe (Berlin)
    {
        "slug": "kessler_medivio_einladung",
        "kind": "interview_invitation", "lang": "de",
        "company": "Medivio", "contact": "f.raabe@kessler-raabe.example.de",
        "date": "2026-06-29 10:05 +0200",
        "frm": RAABE,
        "subject": "Gesprächseinladung Medivio GmbH – Clinical Data Coordinator",
        "text": t("""
            Liebe Frau Ní Bhriain,

            wie telefonisch besprochen, freue ich mich, Ihnen mitzuteilen, dass unser Mandant,
            die Medivio GmbH (digitale Therapiebegleitung für Diabetes), Sie gern persönlich
            kennenlernen möchte.

            Termin: Dienstag, 7. Juli 2026, 15:00 Uhr
            Ort: per Videokonferenz (Zoom, Link folgt von Medivio)
            Gesprächspartnerinnen: Katrin Lüdtke (VP Clinical Operations) und Dr. Anja Weber

            Das Gespräch findet auf Englisch statt. Ich rufe Sie am Montag noch einmal zur
            Vorbereitung an.
            """) + "\n" + RAABE_SIG,
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "slug": "kessler_medivio_verschiebung",
        "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Medivio", "contact": "f.raabe@kessler-raabe.example.de",
        "date": "2026-07-03 15:40 +0200",
        "frm": RAABE, "parent": "kessler_medivio_einladung", "quote": "outlook_de",
        "subject": "AW: Gesprächseinladung Medivio GmbH – neuer Termin",
        "text": t("""
            Liebe Frau Ní Bhriain,

            Medivio hat mich gebeten, den Termin am Dienstag abzusagen: Frau Lüdtke ist
            kurzfristig auf einer Audit-Reise in Wien. Als Ersatz schlägt man Donnerstag,
            9. Juli, 11:00 Uhr vor. Passt Ihnen das? Dann gebe ich es gleich weiter.
            """) + "\n" + RAABE_SIG,
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "slug": "kessler_unnamed_absage",
        "kind": "rejection", "lang": "de",
        "company": "Kessler & Raabe Personalberatung",
        "contact": "f.raabe@kessler-raabe.example.de",
        "date": "2026-08-11 09:20 +0200",
        "frm": RAABE,
        "subject": "Rückmeldung zur Position Study Manager (vertraulich)",
        "text": t("""
            Liebe Frau Ní Bhriain,

            vielen Dank noch einmal für Ihr Interesse an der vertraulichen Position als Study
            Manager. Unser Mandant, ein mittelständisches Medizintechnikunternehmen aus dem
            Berliner Umland, hat sich nach Sichtung der Profile leider gegen eine Einladung
            entschieden: Gesucht wird nun doch jemand mit mehrjähriger Erfahrung nach MDR im
            Sponsor-Umfeld.

            Ich bedauere das sehr und melde mich, sobald ich ein passenderes Mandat habe.
            """) + "\n" + RAABE_SIG,
    },
    # ------------------------------------------------------------ Cabinet Talens Santé (Paris)
    {
        "slug": "talens_client_invite",
        "kind": "interview_invitation", "lang": "fr",
        "company": "Clinique du Parc Monceau", "contact": "sophie.marchal@talens-sante.example.fr",
        "date": "2026-05-12 09:47 +0200",
        "frm": SOPHIE,
        "subject": "Entretien avec la Clinique du Parc Monceau – coordinatrice de recherche",
        "html": html_page(para_html([
            "Bonjour Siobhán,",
            "Suite à notre échange de jeudi, j'ai le plaisir de vous annoncer que la "
            "<b>Clinique du Parc Monceau</b> souhaite vous rencontrer pour le poste de "
            "coordinatrice de recherche clinique (CDI, Paris 17e).",
            "Je vous propose le <b>mercredi 20 mai à 11h00</b>, en visioconférence, avec le "
            "Dr Isabelle Roussel (cheffe du service d'oncologie) et M. Karim Benali (DRH). "
            "L'échange pourra se faire en français et en anglais.",
            "Pourriez-vous me confirmer ce créneau par retour de mail ? Je vous appellerai la "
            "veille pour un point de préparation.",
            "Belle journée,<br>Sophie Marchal<br>Consultante senior – Santé &amp; Recherche "
            "clinique<br>Cabinet Talens Santé · 8, rue de Berri · 75008 Paris<br>"
            "06 55 50 18 22",
        ]), lang="fr"),
        "html_cte": "base64",
    },
    {
        "slug": "talens_client_refus",
        "kind": "rejection", "lang": "fr",
        "company": "Clinique du Parc Monceau", "contact": "sophie.marchal@talens-sante.example.fr",
        "date": "2026-06-01 18:03 +0200",
        "frm": SOPHIE, "parent": "talens_client_invite", "quote": "fr",
        "subject": "Re: Entretien avec la Clinique du Parc Monceau – coordinatrice de recherche",
        "text": t("""
            Bonjour Siobhán,

            J'ai eu ce matin le retour de la Clinique du Parc Monceau. Ils ont beaucoup
            apprécié votre expérience en oncologie, mais ils ont finalement choisi de ne pas
            donner suite à votre candidature : le poste nécessite une présence immédiate et
            une bonne connaissance du circuit des CPP, qu'une autre candidate maîtrise déjà.

            Je suis sincèrement désolée. Je garde votre profil en tête pour d'autres missions
            en recherche clinique sur Paris.

            Sophie
            """),
        "name_enc": ("b", "windows-1252"),
    },
    # ------------------------------------------------------------ Talento Sanitario (Barcelona)
    {
        "slug": "talento_client_invite",
        "kind": "interview_invitation", "lang": "es",
        "company": "Clínica Diagonal", "contact": "marta.soler@talentosanitario.example.es",
        "date": "2026-07-14 11:30 +0200",
        "frm": MARTA,
        "subject": "Entrevista con Clínica Diagonal – Coordinadora de Ensayos Clínicos",
        "text": t("""
            Hola Siobhán:

            ¡Buenas noticias! Clínica Diagonal quiere entrevistarte para la plaza de
            Coordinadora de Ensayos Clínicos en su unidad de fase I.

            Fecha: miércoles 22 de julio
            Hora: 9:30 (hora de Madrid)
            Lugar: Clínica Diagonal, Av. Diagonal 555, planta 4 (preguntar por la Dra. Rius)

            Si prefieres hacerla por videollamada porque aún estás en Irlanda, dímelo y lo
            organizo. Te adjunto la invitación.

            Un saludo,
            Marta Soler
            Consultora Senior · Talento Sanitario
            Passeig de Gràcia 55, 08007 Barcelona · +34 93 555 61 20
            """),
        "ics": {"method": "REQUEST", "body": ics(
            method="REQUEST", uid="ts-cd-2207-sinb@talentosanitario.example.es", seq=0,
            start="20260722T093000", end="20260722T103000", tz="Europe/Madrid",
            summary="Entrevista Clínica Diagonal – S. Ní Bhriain", organizer=MARTA,
            location="Clínica Diagonal, Av. Diagonal 555, planta 4", stamp="20260714T093000Z")},
    },
    {
        "slug": "talento_unnamed_rechazo",
        "kind": "rejection", "lang": "es",
        "company": "Talento Sanitario", "contact": "marta.soler@talentosanitario.example.es",
        "date": "2026-09-29 17:12 +0200",
        "frm": MARTA,
        "subject": "Actualización sobre el proceso – Responsable de Calidad de Datos",
        "text": t("""
            Hola Siobhán:

            Te escribo para darte novedades sobre el proceso de Responsable de Calidad de
            Datos. Nuestro cliente, un grupo hospitalario privado de Barcelona, ha decidido no
            seguir adelante con tu candidatura; finalmente buscan a alguien con catalán
            fluido para la interlocución con el CatSalut.

            Siento no traerte mejores noticias. Sigo atenta a nuevas oportunidades para ti.

            Un abrazo,
            Marta

            Marta Soler
            Consultora Senior · Talento Sanitario
            """),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    # ------------------------------------------------------------ cold approaches (other)
    {
        "slug": "heron_cold_approach",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-03-18 08:22 +0000",
        "frm": ("Olivia Brandt", "olivia.brandt@heronsearch.example.co.uk"),
        "subject": "Clinical informatics – open to a conversation?",
        "text": t("""
            Hi Siobhán,

            I hope you don't mind the direct approach. I lead the digital health practice at
            Heron Search and came across your profile while mapping nurses who have moved
            into trials and informatics in Ireland and the UK.

            I'm not working on a specific vacancy for you right now, but several of our
            clients (EPR vendors and a couple of NHS trusts) regularly ask us for exactly
            your mix of ward and research experience. If you're open to it, I'd be glad to
            add you to our network and keep you in mind.

            No pressure at all – if the timing isn't right, just ignore this.

            Best regards,
            Olivia Brandt
            Partner, Digital Health | Heron Search
            """),
    },
    {
        "slug": "cazatalentos_contacto",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-07-27 12:48 +0200",
        "frm": ("Íñigo Arrieta", "inigo.arrieta@vertice-executive.example.es"),
        "subject": "Tu perfil en investigación clínica",
        "text": t("""
            Hola Siobhán:

            Me llamo Íñigo y trabajo en Vértice Executive, una consultora de selección
            especializada en el sector salud. He visto tu perfil y tu experiencia en ensayos
            de oncología me parece muy interesante.

            Ahora mismo no tengo una posición concreta que encaje, pero me gustaría
            conocerte y tenerte en cuenta para futuros procesos en Barcelona y Madrid.
            Si te apetece, podemos tomar un café virtual cuando quieras.

            Saludos cordiales,
            Íñigo Arrieta
            Vértice Executive
            """),
        "name_enc": ("q", "iso-8859-1"),
    },
]
