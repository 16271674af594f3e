"""Corpus 324: English, German and Spanish mail that is not news about an application
(7 + 9 + 8): her own mail, digests, auto-replies and everyday traps."""

from __future__ import annotations

from msgs324_common import ME

MESSAGES = [
    # --- English -------------------------------------------------------------------------
    {
        "id": "kfa_own_sorry", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-03-10T12:02:00+01:00", "frm": ME,
        "to": [("Oliver Brandt", "oliver.brandt@kirchberg-fa.example.lu")],
        "subject": "RE: Kirchberg Fund Administration - phone screen",
        "quote": "kfa_missed",
        "text": (
            "Dear Oliver,\n\n"
            "I am so sorry - a customer incident at the branch kept me at the counter and I "
            "could not step away to take your call. I would very much still like to talk. I "
            "am free any day this week after 17:30, or on Saturday morning.\n\n"
            "Apologies again,\nMaëlle Quéméneur"
        ),
    },
    {
        "id": "kfa_own_decline", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-05-26T21:40:00+02:00", "frm": ME,
        "to": [("Oliver Brandt", "oliver.brandt@kirchberg-fa.example.lu")],
        "cc": [("Claudine Weis", "claudine.weis@kirchberg-fa.example.lu")],
        "subject": "Your offer - KYC/AML Analyst",
        "text": (
            "Dear Oliver,\n\n"
            "Thank you again for the offer and for the kindness of the whole team during the "
            "process. After a lot of thought, and for family reasons, I have decided not to "
            "relocate to Luxembourg this year, and I must therefore decline the position.\n\n"
            "I hope our paths cross again.\n\nWith my best regards,\nMaëlle Quéméneur"
        ),
    },
    {
        "id": "kfa_ooo", "kind": "other", "lang": "en", "company": "",
        "contact": "oliver.brandt@kirchberg-fa.example.lu",
        "date": "2026-05-26T21:40:20+02:00",
        "frm": ("Oliver Brandt", "oliver.brandt@kirchberg-fa.example.lu"),
        "subject": "Automatic reply: Your offer - KYC/AML Analyst",
        "reply": "kfa_own_decline",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "text": (
            "Thank you for your message. I am out of the office until 1 June with limited "
            "access to e-mail. For urgent recruitment matters please contact "
            "talent@kirchberg-fa.example.lu.\n\nOliver Brandt"
        ),
    },
    {
        "id": "compliance_careers_weekly", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-04-27T07:15:00+02:00",
        "frm": ("ComplianceCareers Weekly", "digest@compliancecareers.example.com"),
        "subject": "This week: 40 AML jobs in Europe + how to handle rejection",
        "headers": {"Precedence": "bulk",
                 "List-Id": "ComplianceCareers Weekly <weekly.compliancecareers.example.com>",
                 "List-Unsubscribe": "<https://compliancecareers.example.com/unsub?e=mq>",
                 "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
        "text": (
            "Your weekly digest\n\n"
            "NEW JOBS\n- AML Analyst, Luxembourg (fund services)\n"
            "- KYC Specialist, Brussels (payments)\n- Financial Crime Officer, Frankfurt\n\n"
            "CAREER ADVICE\n"
            "\"Unfortunately, we have decided not to move forward\": five ways to turn a "
            "rejection into a next interview. Plus: the three questions every AML interview "
            "panel asks, and why you should always send a thank-you note.\n\n"
            "You are receiving this because you subscribed at compliancecareers.example.com."
        ),
        "html": True, "brand": "ComplianceCareers", "colour": "#0f4c81",
    },
    {
        "id": "aml_podcast", "kind": "other", "lang": "en", "company": "",
        "contact": "maya.osei@amlpod.example.com",
        "date": "2026-06-05T14:22:00+02:00",
        "frm": ("Maya Osei", "maya.osei@amlpod.example.com"),
        "subject": "Interview request for The AML Pod",
        "text": (
            "Hi Maëlle,\n\n"
            "I host The AML Pod, a podcast about people working in financial crime "
            "prevention. I loved your comment on the front-line role of bank tellers in "
            "spotting suspicious activity.\n\n"
            "Would you be up for a 30-minute recorded interview for an episode on "
            "\"career changers\"? Remote, whenever suits you in June.\n\n"
            "Best,\nMaya Osei\nHost, The AML Pod"
        ),
    },
    {
        "id": "friend_fwd_rejection", "kind": "other", "lang": "en", "company": "",
        "contact": "siobhan.byrne@example.ie",
        "date": "2026-07-22T20:50:00+01:00",
        "frm": ("Siobhán Byrne", "siobhan.byrne@example.ie"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Fwd: Your application - ugh",
        "text": (
            "Hey Maëlle,\n\n"
            "Forwarding you my latest rejection so you can see I'm not the only one collecting "
            "them this year! Third one this month. At least they were quick.\n\n"
            "Dublin misses you. Call soon?\nSiobhán x"
        ),
        "fwd": {
            "id": "siobhan_inner", "kind": "other", "lang": "en", "company": "", "contact": "",
            "date": "2026-07-22T09:00:00+01:00",
            "frm": ("Liffey Payments Talent", "no-reply@liffeypay.example.ie"),
            "to": [("Siobhán Byrne", "siobhan.byrne@example.ie")],
            "subject": "Your application",
            "text": (
                "Dear Siobhán,\n\n"
                "Thank you for applying. Unfortunately we will not be progressing your "
                "application for the Compliance Analyst role.\n\nLiffey Payments"
            ),
        },
    },
    {
        "id": "flight_delay", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-03-31T05:45:00+02:00",
        "frm": ("Aerolink", "no-reply@aerolink.example.com"),
        "subject": "Unfortunately your flight AL 2218 to Luxembourg is delayed",
        "text": (
            "Dear Ms Quemeneur,\n\n"
            "Unfortunately your flight AL 2218 Brest - Luxembourg on 3 April has been "
            "rescheduled. New departure: 07:55 (previously 06:40).\n\n"
            "We apologise for the inconvenience. Manage your booking in the Aerolink app.\n\n"
            "Aerolink Customer Care"
        ),
        "html": True, "brand": "Aerolink", "colour": "#c1272d",
    },
    # --- German --------------------------------------------------------------------------
    {
        "id": "tgb_own_app", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-03-06T19:30:00+01:00", "frm": ME,
        "to": [("Jens Albrecht", "jens.albrecht@taunus-geno.example.de")],
        "subject": "Bewerbung als Spezialist Geldwäscheprävention (m/w/d)",
        "text": (
            "Sehr geehrter Herr Albrecht,\n\n"
            "mit großem Interesse habe ich Ihre Stellenanzeige gelesen. Seit sechs Jahren "
            "arbeite ich als Bankkauffrau am Schalter einer Genossenschaftsbank in Brest und "
            "absolviere derzeit einen Einsatz in der Compliance-Abteilung. Meine "
            "Deutschkenntnisse entsprechen dem Niveau B2.\n\n"
            "Anbei finden Sie meinen Lebenslauf und mein Anschreiben.\n\n"
            "Mit freundlichen Grüßen\nMaëlle Quéméneur"
        ),
        "pdfs": [("Lebenslauf_Quemeneur.pdf",
               ["Maëlle Quéméneur - Lebenslauf", "Bankkauffrau / Schalter, 2020-2026",
                "Compliance-Einsatz, Crédit Finistérien, 2026"])],
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "tgb_ooo", "kind": "other", "lang": "de", "company": "",
        "contact": "jens.albrecht@taunus-geno.example.de",
        "date": "2026-03-06T19:30:40+01:00",
        "frm": ("Jens Albrecht", "jens.albrecht@taunus-geno.example.de"),
        "subject": "Abwesenheitsnotiz: Bewerbung als Spezialist Geldwäscheprävention (m/w/d)",
        "reply": "tgb_own_app",
        "headers": {"Auto-Submitted": "auto-replied"},
        "text": (
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 8. März nicht im "
            "Büro. Ihre E-Mail wird nicht weitergeleitet; ich melde mich nach meiner Rückkehr.\n\n"
            "Bewerbungen laden Sie bitte direkt über unser Karriereportal hoch.\n\n"
            "Jens Albrecht"
        ),
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "id": "bfi_own_thanks", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-07-11T09:10:00+02:00", "frm": ME,
        "to": [("Dr. Katrin Hoffmann", "katrin.hoffmann@bfi.example.de")],
        "subject": "Dank für das Auswahlgespräch am 10. Juli",
        "text": (
            "Sehr geehrte Frau Dr. Hoffmann,\n\n"
            "ich möchte mich herzlich für das Gespräch gestern und die offene Atmosphäre "
            "bedanken. Die Einblicke in die Aufsichtspraxis haben mein Interesse an der Stelle "
            "noch verstärkt.\n\n"
            "Mit freundlichen Grüßen\nMaëlle Quéméneur"
        ),
    },
    {
        "id": "stellenmarkt_alert", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-05-15T06:00:00+02:00",
        "frm": ("Stellenmarkt Finanzen", "jobalert@stellenmarkt-finanzen.example.de"),
        "subject": "Ihr Job-Alert: 9 neue Stellen für „Geldwäsche Frankfurt“",
        "subj_enc": ("b", "utf-8"),
        "headers": {"Precedence": "bulk",
                 "List-Id": "Job-Alert <jobalert.stellenmarkt-finanzen.example.de>",
                 "List-Unsubscribe": "<https://stellenmarkt-finanzen.example.de/abmelden/mq>"},
        "text": (
            "Guten Tag,\n\n"
            "9 neue Stellen passen zu Ihrem Suchauftrag:\n\n"
            "- Geldwäschebeauftragter (m/w/d) – Privatbank – Frankfurt\n"
            "- AML-Analyst (w/m/d) – Versicherung – Frankfurt\n"
            "- Sachbearbeiter KYC (m/w/d) – Zahlungsinstitut – Offenbach\n\n"
            "Ratgeber: Absage erhalten? So bereiten Sie sich auf das nächste "
            "Vorstellungsgespräch vor.\n\n"
            "Suchauftrag bearbeiten oder abbestellen: https://stellenmarkt-finanzen.example.de/alerts"
        ),
        "html": True, "brand": "Stellenmarkt Finanzen", "colour": "#00594f",
    },
    {
        "id": "compliance_karriere_nl", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-08-04T08:30:00+02:00",
        "frm": ("Compliance-Karriere Newsletter", "newsletter@compliance-karriere.example.de"),
        "subject": "Newsletter August: Absagen verkraften, Gehälter, Einladung zum Karrieretag",
        "headers": {"Precedence": "list",
                 "List-Id": "Compliance-Karriere <news.compliance-karriere.example.de>",
                 "List-Unsubscribe": "<mailto:abmelden@compliance-karriere.example.de>"},
        "html": (
            "<html><body style=\"font-family:Arial\">"
            "<h1>Compliance-Karriere – August 2026</h1>"
            "<p><b>Leider müssen wir Ihnen mitteilen …</b> – wie Bewerberinnen mit Absagen "
            "umgehen und daraus lernen.</p>"
            "<p><b>Gehaltsreport:</b> Was AML-Analysten in Frankfurt verdienen.</p>"
            "<p><b>Einladung:</b> Karrieretag Compliance am 17. September in Frankfurt – "
            "Vorstellungsgespräche direkt vor Ort möglich.</p>"
            "<p style=\"font-size:10px\">Newsletter abbestellen</p></body></html>\n"
        ),
        "text": None, "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "hotel_mainblick", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-03-29T22:10:00+02:00",
        "frm": ("Hotel Mainblick", "reservierung@hotel-mainblick.example.de"),
        "subject": "Ihre Reservierungsbestätigung Nr. 60417",
        "text": (
            "Sehr geehrte Frau Quéméneur,\n\n"
            "vielen Dank für Ihre Buchung. Wir bestätigen Ihre Reservierung:\n\n"
            "Anreise: Mittwoch, 8. April 2026\nAbreise: Donnerstag, 9. April 2026\n"
            "Einzelzimmer inkl. Frühstück, 119,00 EUR\n\n"
            "Eine kostenfreie Stornierung ist bis 18 Uhr am Anreisetag möglich.\n\n"
            "Wir freuen uns auf Ihren Besuch!\nIhr Team vom Hotel Mainblick, Frankfurt"
        ),
    },
    {
        "id": "paket_verspaetet", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-06-19T15:15:00+02:00",
        "frm": ("Paketblitz", "benachrichtigung@paketblitz.example.de"),
        "subject": "Leider verzögert sich Ihre Sendung",
        "text": (
            "Hallo,\n\n"
            "leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 2290 aus "
            "Frankfurt am Main. Neuer voraussichtlicher Zustelltermin: 23.06.2026.\n\n"
            "Wir bitten um Entschuldigung.\nIhr Paketblitz-Team"
        ),
        "cte": "base64",
    },
    {
        "id": "sprachkurs_abgelehnt", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-02-20T11:30:00+01:00",
        "frm": ("Sprachinstitut Rhein-Main", "kurse@sprachinstitut-rm.example.de"),
        "subject": "Ihre Anmeldung zum Kurs „Wirtschaftsdeutsch B2/C1“",
        "subj_enc": ("q", "windows-1252"),
        "text": (
            "Sehr geehrte Frau Quéméneur,\n\n"
            "vielen Dank für Ihre Anmeldung zum Online-Kurs „Wirtschaftsdeutsch B2/C1“ "
            "(Beginn 2. März).\n\n"
            "Leider ist der Kurs bereits ausgebucht, sodass wir Ihre Anmeldung nicht "
            "berücksichtigen können. Gerne setzen wir Sie auf die Warteliste für den "
            "Herbstkurs.\n\nMit freundlichen Grüßen\nSprachinstitut Rhein-Main"
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "mainhattan_cold", "kind": "other", "lang": "de", "company": "",
        "contact": "tobias.rehm@mainhattan-pb.example.de",
        "date": "2026-07-15T10:25:00+02:00",
        "frm": ("Tobias Rehm", "tobias.rehm@mainhattan-pb.example.de"),
        "subject": "Ihr Profil – Compliance in Frankfurt?",
        "text": (
            "Guten Tag Frau Quéméneur,\n\n"
            "ich bin Personalberater mit Schwerpunkt Banking & Compliance in Frankfurt und "
            "bin über ein Fachforum auf Ihr Profil gestoßen. Französischsprachige "
            "KYC-Kenntnisse sind bei meinen Mandanten gefragt.\n\n"
            "Hätten Sie grundsätzlich Interesse, sich über Möglichkeiten in Frankfurt "
            "auszutauschen? Gerne unverbindlich.\n\n"
            "Beste Grüße\nTobias Rehm\nSenior Consultant Banking & Compliance\n"
            "Mainhattan Personalberatung GmbH"
        ),
    },
    # --- Spanish -------------------------------------------------------------------------
    {
        "id": "cob_own_sorry", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-04-21T18:05:00+02:00", "frm": ME,
        "to": [("Lucía Ferrer", "lucia.ferrer@cobrafacil.example.es")],
        "subject": "RE: Entrevista - Analista PBC/FT en Cobrafácil",
        "subj_enc": ("q", "utf-8"),
        "quote": "cob_missed",
        "text": (
            "Hola Lucía:\n\n"
            "Te pido mil disculpas. Me confundí con la diferencia horaria del calendario y me "
            "conecté a las 17:00. Si todavía es posible, me encantaría tener la entrevista "
            "otro día esta semana.\n\nUn saludo,\nMaëlle"
        ),
    },
    {
        "id": "cst_own_decline", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-07-20T10:15:00+02:00", "frm": ME,
        "to": [("Javier Sanz", "javier.sanz@cajatajo.example.es")],
        "cc": [("Marta Ibáñez", "marta.ibanez@cajatajo.example.es")],
        "subject": "RE: Carta de oferta - Caja Solidaria del Tajo",
        "quote": "cst_offer2", "quote_style": "outlook",
        "text": (
            "Estimado Javier:\n\n"
            "Muchas gracias por la oferta y por la confianza. Tras pensarlo mucho, he decidido "
            "no aceptarla, ya que finalmente voy a continuar mi carrera en Francia.\n\n"
            "Les agradezco sinceramente el trato recibido durante todo el proceso.\n\n"
            "Atentamente,\nMaëlle Quéméneur"
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "talento_own_app", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-08-24T22:30:00+02:00", "frm": ME,
        "to": [("Álvaro Gil", "alvaro.gil@talentonorte.example.es")],
        "subject": "Candidatura – Analista PBC/FT",
        "text": (
            "Hola Álvaro:\n\n"
            "Te escribo por la oferta de Analista PBC/FT que publicaste (cliente del sector "
            "bancario en Madrid). Adjunto mi CV en español. Tengo un nivel C1 de castellano "
            "y disponibilidad para trasladarme.\n\n"
            "Gracias y un saludo,\nMaëlle Quéméneur"
        ),
        "pdfs": [("CV_Maelle_Quemeneur_ES.pdf",
               ["Maëlle Quéméneur - Currículum", "Cajera / atención al cliente, 2020-2026",
                "Castellano C1"])],
    },
    {
        "id": "alertas_infofinanzas", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-06-26T07:00:00+02:00",
        "frm": ("InfoFinanzas Empleo", "alertas@infofinanzas.example.es"),
        "subject": "Tus alertas: 15 ofertas de cumplimiento normativo en Madrid",
        "headers": {"Precedence": "bulk",
                 "List-Id": "Alertas InfoFinanzas <alertas.infofinanzas.example.es>",
                 "List-Unsubscribe": "<https://infofinanzas.example.es/baja?u=mq>"},
        "text": (
            "Hola,\n\n"
            "Estas son las novedades para tu búsqueda «cumplimiento Madrid»:\n\n"
            "• Analista PBC/FT – banca cooperativa – Madrid\n"
            "• Técnico KYC – entidad de pago – Madrid\n"
            "• Auditor junior – Big Four – Madrid\n\n"
            "Consejo: lamentablemente, muchos candidatos no preparan la entrevista por "
            "competencias. Y si recibes un rechazo, pide siempre feedback.\n\n"
            "Darse de baja de estas alertas"
        ),
        "html": True, "brand": "InfoFinanzas Empleo", "colour": "#b3001b",
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "visita_piso", "kind": "other", "lang": "es", "company": "",
        "contact": "nacho.prieto@inmochamberi.example.es",
        "date": "2026-06-03T13:50:00+02:00",
        "frm": ("Nacho Prieto", "nacho.prieto@inmochamberi.example.es"),
        "subject": "Visita al piso de la calle Fuencarral",
        "text": (
            "Hola Maëlle:\n\n"
            "Te confirmo la visita al piso de la calle Fuencarral 142 (2.º izquierda) el "
            "lunes 8 de junio a las 18:30. El propietario pide nómina y contrato de trabajo "
            "para reservar.\n\n"
            "Si no puedes venir, avísame y buscamos otra hora.\n\n"
            "Nacho Prieto\nInmo Chamberí – 91 446 12 09"
        ),
    },
    {
        "id": "revista_entrevista", "kind": "other", "lang": "es", "company": "",
        "contact": "paula.serrano@finanzasjovenes.example.es",
        "date": "2026-09-25T12:12:00+02:00",
        "frm": ("Paula Serrano", "paula.serrano@finanzasjovenes.example.es"),
        "subject": "¿Te podemos entrevistar para Finanzas Jóvenes?",
        "subj_enc": ("q", "iso-8859-1"),
        "text": (
            "Hola Maëlle:\n\n"
            "Soy redactora de la revista digital Finanzas Jóvenes. Estamos preparando un "
            "reportaje sobre profesionales europeos que se pasan al cumplimiento normativo y "
            "nos encantaría entrevistarte por videollamada (20 minutos).\n\n"
            "¿Te vendría bien la primera semana de octubre?\n\nPaula Serrano"
        ),
    },
    {
        "id": "curso_no_admitida", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-08-28T09:00:00+02:00",
        "frm": ("Escuela de Cumplimiento Madrid", "secretaria@escuelacumplimiento.example.es"),
        "subject": "Curso de Experto en Prevención del Blanqueo – resolución de admisión",
        "text": (
            "Estimada alumna:\n\n"
            "Le comunicamos que, al haberse cubierto todas las plazas del Curso de Experto en "
            "Prevención del Blanqueo de Capitales (edición octubre 2026), su solicitud no ha "
            "sido admitida.\n\n"
            "Queda inscrita en la lista de espera con el número 7.\n\n"
            "Secretaría académica"
        ),
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "id": "broker_posicion", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-10-02T08:00:00+02:00",
        "frm": ("Invierte Fácil", "avisos@inviertefacil.example.es"),
        "name_enc": ("b", "utf-8"),
        "subject": "Resumen mensual de tu posición",
        "text": (
            "Hola Maëlle,\n\n"
            "Tu posición global a 30 de septiembre: 2.310,55 € (+1,8 % en el mes).\n"
            "Fondo indexado Europa: 1.540,20 €\nCuenta remunerada: 770,35 €\n\n"
            "Consulta el detalle en la app.\nInvierte Fácil"
        ),
    },
]
