"""Corpus 349: application acknowledgements and offers."""

from __future__ import annotations

from msgs349_common import M, Spec, sig

ACK = "application_received"
OFF = "offer"

SPECS: list[Spec] = [
    # ================================ acknowledgements =====================================
    M("kb_ack", ACK, "es", "2026-01-14 21:16 +0100",
      "Kutxa Berdea <kutxaberdea@myworkday.com>",
      "Hemos recibido tu solicitud - Analista de Prevención de Blanqueo (R-00731)", """
Hola, Iñigo:

Gracias por presentar tu solicitud para el puesto Analista de Prevención de Blanqueo de
Capitales (R-00731) en Kutxa Berdea.

Hemos recibido correctamente tu candidatura. Nuestro equipo de Selección la revisará y, si tu
perfil encaja con los requisitos, se pondrá en contacto contigo.

Puedes consultar el estado de tu solicitud en cualquier momento desde tu cuenta del portal de
empleo.

Atentamente,
Personas y Cultura - Kutxa Berdea
""", company="Kutxa Berdea", form="alt", brand="Kutxa Berdea", color="#1b7a3e",
      footer="Este correo ha sido enviado desde una dirección que no admite respuestas."),

    M("pf_ack", ACK, "en", "2026-02-03 23:41 +0100",
      "Pagoflux <no-reply@greenhouse-mail.io>",
      "Thanks for applying to Pagoflux!", """
Hi Iñigo,

Thanks for applying for the AML & Compliance Analyst role at Pagoflux! We're building the
payments stack for small merchants across Southern Europe, and we're glad you're interested
in joining us.

Our team is reviewing your application and we'll get back to you as soon as we can.

Cheers,
The Pagoflux People Team
""", company="Pagoflux", form="html", brand="Pagoflux", color="#ff5a36"),

    M("im_ack", ACK, "es", "2026-02-10 08:00 +0100",
      "Itsasmendi Seguros <noreply@successfactors.eu>",
      "Confirmación de recepción de candidatura", """
Estimado/a Iñigo Zubizarreta Lowe:

Le confirmamos que hemos recibido su candidatura para la posición Técnico/a de Cumplimiento
Normativo (Bilbao), referencia 4471.

Debido al elevado número de candidaturas, no nos es posible responder individualmente a cada
persona. Si su perfil se ajusta a lo que buscamos, nos pondremos en contacto con usted en las
próximas semanas.

Gracias por su interés en Itsasmendi Seguros.
""", company="Itsasmendi Seguros", form="alt", brand="Itsasmendi Seguros", color="#004b87",
      cte="base64"),

    M("ci_ack", ACK, "es", "2026-02-12 19:30 +0100",
      "Caja Iruña Empleo <no-reply@icims.com>",
      "Gracias por tu candidatura (Ref. 2026-118)", """
Hola Iñigo:

Hemos recibido tu candidatura para Gestor/a de Cumplimiento Normativo (Ref. 2026-118).

Tu solicitud está ahora en revisión. Te informaremos por correo electrónico de cualquier
cambio en su estado.

Equipo de Selección - Caja Iruña
""", company="Caja Iruña", form="html", brand="Caja Iruña · Empleo", color="#8a1538"),

    M("fe_ack_urumea", ACK, "es", "2026-03-05 20:12 +0100",
      "FinanEmpleo <no-reply@finanempleo.example.es>",
      "Tu candidatura se ha enviado a Banco Urumea", """
¡Hola Iñigo!

Tu candidatura a la oferta "Analista de Prevención de Blanqueo de Capitales" de Banco Urumea
(San Sebastián) se ha enviado correctamente.

La empresa ya puede ver tu CV y tu carta de presentación. Te avisaremos cuando cambie el
estado de tu candidatura.

El equipo de FinanEmpleo
""", company="Banco Urumea", form="alt", brand="FinanEmpleo", color="#0a7d5a"),

    M("md_ack", ACK, "es", "2026-03-10 13:02 +0100",
      "Jon Ansola <jansola@mutuadeusto.example.es>",
      "RE: Candidatura Técnico de Cumplimiento", """
Buenos días, Iñigo:

Acuso recibo de tu CV y de la carta para la vacante de Técnico de Cumplimiento. Lo reviso con
el responsable del área y te diremos algo en cuanto terminemos la primera criba.

Saludos,
Jon Ansola
RR. HH. - Mutua Deusto
""", company="Mutua Deusto", contact="jansola@mutuadeusto.example.es",
      parent="md_apply", quote="es", charset="windows-1252", cte="quoted-printable"),

    M("ek_ack", ACK, "es", "2026-04-02 10:44 +0200",
      "Elkarlan Taldea <noreply@teamtailor-mail.com>",
      "Hemos recibido tu candidatura - Técnico/a de Cumplimiento", """
Kaixo Iñigo,

¡Gracias por tu interés en Elkarlan Taldea! Hemos recibido tu candidatura para Técnico/a de
Cumplimiento (Bilbao).

Revisaremos tu perfil con calma. Ten en cuenta que el proceso puede alargarse unas semanas.

Un saludo,
Elkarlan Taldea
""", company="Elkarlan Taldea", form="html", brand="Elkarlan Taldea", color="#c8102e"),

    M("larraun_ack", ACK, "es", "2026-04-20 22:05 +0200",
      "Caja Larraun <no-reply@hire.lever.co>",
      "Gracias por tu interés en Caja Larraun", """
Hola Iñigo,

Gracias por presentar tu candidatura al puesto de Analista KYC en Pamplona. La hemos recibido
correctamente y la estamos revisando.

Un saludo,
Caja Larraun - Talento
""", company="Caja Larraun", form="alt"),

    M("tn_ack_baztan", ACK, "es", "2026-04-16 09:50 +0200",
      "Garazi Olano | Talento Norte <garazi.olano@talentonorte.example.es>",
      "Recibido tu CV - Analista de Cumplimiento para Seguros Baztán", """
Hola Iñigo:

Gracias por tu CV. Lo he recibido bien y te confirmo que entras en el proceso de Analista de
Cumplimiento que llevamos para Seguros Baztán en Pamplona.

La próxima semana hago la primera ronda de llamadas; si pasas el filtro te escribo.

Garazi Olano
Talento Norte Consultores de Selección
""", company="Seguros Baztán", contact="garazi.olano@talentonorte.example.es",
      charset="windows-1252", cte="8bit"),

    M("bidasoa_ack", ACK, "es", "2026-09-08 16:18 +0200",
      "Bidasoa Fintech <noreply@workablemail.com>",
      "Bidasoa Fintech: candidatura recibida", """
Hola Iñigo,

Gracias por solicitar el puesto de Compliance Officer Junior en Bidasoa Fintech. Hemos
recibido tu solicitud y nuestro equipo la revisará pronto.

Un saludo,
El equipo de Bidasoa Fintech
""", company="Bidasoa Fintech", form="alt", brand="Bidasoa Fintech"),

    M("txanpon_ack", ACK, "es", "2026-02-27 13:33 +0100",
      "Txanpon Pay <no-reply@ashbyhq.com>",
      "¡Gracias por tu candidatura, Iñigo!", """
¡Hola Iñigo!

Hemos recibido tu candidatura para Compliance Analyst (Madrid). Gracias por querer formar
parte de Txanpon Pay.

Nuestro equipo revisa todas las candidaturas a mano, así que puede que tardemos un poquito en
responder. Te escribiremos sea cual sea el resultado.

El equipo de Txanpon Pay
""", company="Txanpon Pay", form="html", brand="Txanpon Pay", color="#5b2be0",
      subj_cs="utf-8-q"),

    # English
    M("bk_ack", ACK, "en", "2026-03-03 08:15 +0000",
      "Brightmoor & Kessel Careers <brightmoor@myworkday.com>",
      "Application received: Financial Crime Analyst - Dublin (JR-22817)", """
Dear Iñigo,

Thank you for applying to Brightmoor & Kessel. We have received your application for
Financial Crime Analyst - Dublin (JR-22817).

What happens next? Our recruitment team will review your application against the role
requirements. Due to the high volume of applications, we are unable to respond to every
applicant individually; if you are shortlisted, we will contact you with details of the next
stage, which is usually a set of online assessments.

Kind regards,
Brightmoor & Kessel Recruitment
""", company="Brightmoor & Kessel", form="alt", brand="Brightmoor & Kessel",
      color="#3c1053"),

    M("gcb_ack", ACK, "en", "2026-06-20 14:55 +0100",
      "Grand Canal Bank Careers <noreply@smartrecruiters.com>",
      "Grand Canal Bank - we've received your application", """
Dear Iñigo,

Thanks for your application for AML Operations Associate (Dublin). We've received it
successfully and our Talent Acquisition team will be in touch if your profile matches.

Kind regards,
Grand Canal Bank
""", company="Grand Canal Bank", form="html", brand="Grand Canal Bank", color="#00594f"),

    M("bm_ack", ACK, "en", "2026-05-25 06:30 +0200",
      "Banque Mosellane Careers <noreply@taleo.net>",
      "Banque Mosellane - Application Acknowledgement", """
Dear Iñigo Zubizarreta Lowe,

This is to acknowledge receipt of your application for the position KYC Analyst (Req.
BM-0392), Luxembourg.

Your application will be carefully reviewed. Please do not reply to this automated message.

Sincerely,
Human Resources
Banque Mosellane
""", company="Banque Mosellane", cte="7bit"),

    # German
    M("kr_ack", ACK, "de", "2026-04-10 18:20 +0200",
      "Kryptalon <noreply@personio.de>",
      "Deine Bewerbung bei Kryptalon ist eingegangen", """
Hallo Iñigo,

vielen Dank für deine Bewerbung als AML Analyst (m/w/d) in Frankfurt am Main. Wir haben deine
Unterlagen erhalten und melden uns so schnell wie möglich bei dir.

Beste Grüße
Dein Kryptalon Recruiting-Team
""", company="Kryptalon", form="alt", brand="Kryptalon", color="#111827"),

    M("mainufer_ack", ACK, "de", "2026-03-02 11:11 +0100",
      "Mainufer Bank <noreply@softgarden.io>",
      "Eingangsbestätigung Ihrer Bewerbung - Spezialist KYC (m/w/d)", """
Sehr geehrter Herr Zubizarreta,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Mainufer Bank. Hiermit bestätigen wir
den Eingang Ihrer Unterlagen für die Position Spezialist KYC (m/w/d).

Wir prüfen Ihre Bewerbung sorgfältig und melden uns zeitnah bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Mainufer Bank
""", company="Mainufer Bank", form="alt", brand="Mainufer Bank", color="#6d0f2b",
      subj_cs="iso-8859-1-q"),

    M("taunus_ack", ACK, "de", "2026-06-29 21:47 +0200",
      "Taunus Pay <noreply@personio.de>",
      "Danke für deine Bewerbung bei Taunus Pay", """
Hallo Iñigo,

schön, dass du dich für die Position Compliance Analyst AML (m/w/d) interessierst! Deine
Bewerbung ist bei uns eingegangen.

Wir schauen sie uns in den nächsten Tagen an und melden uns bei dir.

Dein Taunus Pay Team
""", company="Taunus Pay", form="html", brand="Taunus Pay", color="#0b6e4f"),

    M("ostend_ack", ACK, "de", "2026-09-14 10:00 +0200",
      "Ostend Versicherung <karriere@ostend-versicherung.example.de>",
      "Eingangsbestätigung - Referent Geldwäsche (m/w/d)", """
Sehr geehrter Herr Zubizarreta,

wir bestätigen den Eingang Ihrer Bewerbung als Referent Geldwäsche (m/w/d). Bitte haben Sie
Verständnis dafür, dass die Prüfung einige Zeit in Anspruch nehmen kann.

Dies ist eine automatisch erzeugte Nachricht.

Freundliche Grüße
Personalabteilung Ostend Versicherung
""", company="Ostend Versicherung", charset="iso-8859-1", cte="quoted-printable",
      headers={"Auto-Submitted": "auto-generated"}),

    # French
    M("bg_ack", ACK, "fr", "2026-03-20 12:40 +0100",
      "Banque Garonne Atlantique <noreply@smartrecruiters.com>",
      "Nous avons bien reçu votre candidature", """
Bonjour Iñigo,

Nous vous remercions pour votre candidature au poste de Chargé(e) de conformité LCB-FT
(Bordeaux). Elle a bien été enregistrée.

Notre équipe recrutement étudie chaque candidature avec attention. Si votre profil
correspond, nous reviendrons vers vous rapidement.

L'équipe recrutement
Banque Garonne Atlantique
""", company="Banque Garonne Atlantique", form="alt", brand="Banque Garonne Atlantique",
      color="#7a1f2b", subj_cs="iso-8859-1"),

    M("ga_ack", ACK, "fr", "2026-08-05 09:12 +0200",
      "Assurances Garonne - Recrutement <noreply@taleo.net>",
      "Accusé de réception de votre candidature", """
Bonjour Iñigo Zubizarreta Lowe,

Nous accusons réception de votre candidature pour le poste d'Analyste conformité (H/F),
référence AG-2026-215.

Compte tenu du nombre important de candidatures, nous ne sommes pas en mesure de répondre
individuellement à chacune d'entre elles. Sans retour de notre part sous quatre semaines,
vous pourrez considérer que votre candidature n'a pas été retenue.

Cordialement,
La Direction des Ressources Humaines
""", company="Assurances Garonne", charset="iso-8859-1", cte="quoted-printable"),

    M("coinlux_ack", ACK, "fr", "2026-10-02 18:03 +0200",
      "Coinlux <noreply@teamtailor-mail.com>",
      "Merci pour votre candidature chez Coinlux", """
Bonjour Iñigo,

Merci d'avoir postulé au poste d'Analyste conformité crypto-actifs ! Votre candidature a
bien été reçue et sera étudiée par notre équipe.

À très vite,
L'équipe Coinlux
""", company="Coinlux", form="html", brand="Coinlux", color="#111111"),

    # ===================================== offers ==========================================
    M("pf_verbal", OFF, "es", "2026-03-12 10:05 +0100",
      "Lucía Ferrer <lucia.ferrer@pagoflux.example.com>",
      "¡Queremos que te unas a Pagoflux!", """
¡Hola Iñigo!

Como te conté ayer por teléfono, ¡el equipo quiere contar contigo como AML & Compliance
Analyst! Te resumo por escrito lo que hablamos:

- Salario fijo: 34.000 € brutos anuales
- Variable: hasta un 8 % según objetivos
- Modalidad: híbrido, 3 días en la oficina de Madrid (Paseo de la Castellana)
- Incorporación: 13 de abril
- Ayuda de reubicación: 2.500 € para el traslado desde San Sebastián

En los próximos días Daniel te mandará la carta de oferta formal. Si tienes cualquier duda,
aquí estoy.

¡Un abrazo!
Lucía
""", company="Pagoflux", contact="lucia.ferrer@pagoflux.example.com", form="alt",
      charset="utf-8", cte="quoted-printable"),

    M("pf_revised", OFF, "en", "2026-03-18 19:30 +0100",
      "Daniel Okafor <daniel.okafor@pagoflux.example.com>",
      "Revised offer - AML & Compliance Analyst", """
Hi Iñigo,

Thanks for being open with Lucía about your expectations. We've discussed it internally and
I'm pleased to attach a revised offer letter:

- Base salary increased to EUR 37,000
- Two remote weeks per year from San Sebastián
- Start date moved to 4 May to give you time to relocate

Everything else in the original proposal stays the same. The offer is valid until 27 March.
I really hope you'll join us - the team enjoyed meeting you.

Best,
Daniel
""" + sig("Daniel Okafor", "Head of Compliance & MLRO", "Pagoflux",
          "Paseo de la Castellana 95, 28046 Madrid"),
      company="Pagoflux", contact="daniel.okafor@pagoflux.example.com", parent="pf_counter",
      quote="en", pdfs=[("Pagoflux_Offer_Letter_Zubizarreta.pdf", [
          "PAGOFLUX - OFFER OF EMPLOYMENT", "Candidate: Iñigo Zubizarreta Lowe",
          "Position: AML & Compliance Analyst", "Base salary: EUR 37,000 gross per year",
          "Start date: 4 May 2026", "Valid until: 27 March 2026"])]),

    M("pf_contract", OFF, "es", "2026-03-24 12:00 +0100",
      "Nerea Sola <nerea.sola@pagoflux.example.com>",
      "Contrato para firma - Pagoflux", """
Hola Iñigo:

¡Bienvenido (casi) a bordo! Te adjunto el contrato de trabajo indefinido y el anexo de
confidencialidad para que los revises y nos los devuelvas firmados. Puedes firmarlos de forma
electrónica o escaneados, como prefieras.

Cuando nos los envíes, te mando la información de onboarding.

Un saludo,
Nerea Sola
People Operations · Pagoflux
""", company="Pagoflux", contact="nerea.sola@pagoflux.example.com",
      pdfs=[("Contrato_Pagoflux_IZL.pdf", ["CONTRATO DE TRABAJO INDEFINIDO",
                                            "Empresa: Pagoflux", "Trabajador: Iñigo Zubizarreta",
                                            "Categoría: Analista de Cumplimiento"]),
            ("Anexo_confidencialidad.pdf", ["ANEXO DE CONFIDENCIALIDAD", "Pagoflux"])],
      form="alt", name_cs="utf-8-q"),

    M("im_offer", OFF, "es", "2026-04-02 17:15 +0200",
      "Iker Goikoetxea <iker.goikoetxea@itsasmendi.example.es>",
      "Oferta de empleo - Técnico/a de Cumplimiento Normativo", """
Hola Iñigo:

Me alegra mucho escribirte esto: Xabier y Arantza han decidido ofrecerte el puesto de
Técnico/a de Cumplimiento Normativo en Itsasmendi Seguros.

Te adjunto la carta de oferta con las condiciones (salario, jornada, beneficios sociales y
fecha de incorporación prevista el 4 de mayo). Como sabes, es un contrato de sustitución
hasta el 30 de septiembre, con opciones reales de continuidad. Te pediría que nos dieras
respuesta antes del 10 de abril.

Si quieres comentar algo, llámame cuando quieras.

Zorionak!
Iker
""" + sig("Iker Goikoetxea", "Talento y Selección", "Itsasmendi Seguros",
          "Plaza Euskadi 5, 48009 Bilbao", "T. +34 944 000 150"),
      company="Itsasmendi Seguros", contact="iker.goikoetxea@itsasmendi.example.es",
      pdfs=[("Carta_oferta_Itsasmendi.pdf", ["ITSASMENDI SEGUROS - CARTA DE OFERTA",
                                             "Puesto: Tecnico/a de Cumplimiento Normativo",
                                             "Salario bruto anual: 36.500 EUR",
                                             "Incorporacion: 4 de mayo de 2026"])],
      charset="iso-8859-1", cte="quoted-printable"),

    M("im_contract", OFF, "es", "2026-04-14 09:40 +0200",
      "Iker Goikoetxea <iker.goikoetxea@itsasmendi.example.es>",
      "RE: Aceptación oferta - contrato", """
Hola Iñigo:

¡Qué buena noticia! Te adjunto el contrato para que lo firmes. Si lo prefieres, puedes pasar
a firmarlo el día de la incorporación, pero nos vendría bien tenerlo antes del 28 de abril.

Bienvenido a Itsasmendi.

Iker
""", company="Itsasmendi Seguros", contact="iker.goikoetxea@itsasmendi.example.es",
      parent="im_accept", quote="es",
      pdfs=[("Contrato_Itsasmendi_Zubizarreta.pdf", ["CONTRATO DE TRABAJO",
                                                     "Itsasmendi Seguros",
                                                     "Trabajador: Iñigo Zubizarreta Lowe"])],
      charset="iso-8859-1", cte="8bit"),

    M("liffey_offer", OFF, "en", "2026-06-18 16:45 +0100",
      "Ronan Fitzgerald <ronan@liffeypayments.example.ie>",
      "Offer - Financial Crime Analyst", """
Hi Iñigo,

Thanks again for the chat yesterday with me and Aisling. I'm delighted to offer you the role
of Financial Crime Analyst at Liffey Payments, on a salary of EUR 44,000 plus our standard
benefits (pension, health cover, 25 days' leave).

Aisling will send you the formal contract this week. Let me know if you have any questions in
the meantime.

Ronan
--
Ronan Fitzgerald | Head of Risk | Liffey Payments
""", company="Liffey Payments", contact="ronan@liffeypayments.example.ie", form="alt"),

    M("hw_offer_dodder", OFF, "en", "2026-07-24 11:05 +0100",
      "Callum Ward <callum.ward@haldenward.example.co.uk>",
      "Dodder Insurance - offer!", """
Hi Iñigo,

Brilliant news - Dodder Insurance have made you an offer for the AML Compliance Officer role:
EUR 48,000 base, 10% bonus target, hybrid (2 days in Ballsbridge), start date flexible from
1 September.

Their written offer will follow from HR, but they wanted me to share it verbally straight
away. Give me a call when you can and we'll talk it through.

Callum
Halden Ward Search
""", company="Dodder Insurance", contact="callum.ward@haldenward.example.co.uk"),

    M("ga_offer", OFF, "fr", "2026-09-11 15:30 +0200",
      "Mathilde Roussel <mathilde.roussel@assurances-garonne.example.fr>",
      "Proposition d'embauche - Analyste conformité", """
Bonjour Iñigo,

J'ai le plaisir de vous confirmer que nous souhaitons vous proposer le poste d'Analyste
conformité (H/F) au sein de la Direction de la Conformité d'Assurances Garonne, en CDI, à
compter du 2 novembre 2026.

Vous trouverez ci-joint notre promesse d'embauche détaillant la rémunération (40 000 € bruts
annuels) et les avantages. Nous vous remercions de nous faire part de votre décision avant le
18 septembre.

Au plaisir de vous compter parmi nous,
Mathilde Roussel
Chargée de recrutement - Assurances Garonne
""", company="Assurances Garonne", contact="mathilde.roussel@assurances-garonne.example.fr",
      pdfs=[("Promesse_embauche_Zubizarreta.pdf", ["ASSURANCES GARONNE",
                                                   "Promesse d'embauche", "Poste : Analyste "
                                                   "conformite (H/F) - CDI",
                                                   "Remuneration : 40 000 EUR bruts annuels"])],
      charset="windows-1252", cte="quoted-printable"),

    M("taunus_offer", OFF, "de", "2026-07-31 17:00 +0200",
      "Hannah Weber <hannah.weber@taunuspay.example.de>",
      "Dein Vertragsangebot von Taunus Pay", """
Hallo Iñigo,

wir freuen uns sehr, dir die Position als Compliance Analyst AML (m/w/d) in Frankfurt
anbieten zu können!

Im Anhang findest du unser Vertragsangebot mit allen Details (Jahresgehalt 52.000 EUR,
30 Urlaubstage, Jobticket, Relocation-Paket). Wir würden uns über eine Rückmeldung bis zum
10. August freuen.

Herzliche Grüße
Hannah Weber
Talent Acquisition | Taunus Pay GmbH
""", company="Taunus Pay", contact="hannah.weber@taunuspay.example.de",
      pdfs=[("Vertragsangebot_Taunus_Pay.pdf", ["Taunus Pay - Vertragsangebot",
                                                "Position: Compliance Analyst AML (m/w/d)",
                                                "Jahresgehalt: 52.000 EUR"])],
      form="alt", charset="utf-8", cte="base64"),

    M("tn_offer_baztan", OFF, "es", "2026-05-27 13:10 +0200",
      "Garazi Olano | Talento Norte <garazi.olano@talentonorte.example.es>",
      "¡Oferta de Seguros Baztán!", """
¡Iñigo!

Acabo de colgar con Miren Goñi: Seguros Baztán te quiere en su equipo de Cumplimiento en
Pamplona. La oferta es de 33.000 € brutos anuales, contrato indefinido, jornada intensiva en
verano y teletrabajo los viernes.

Me dicen que mañana te llega la carta formal de su departamento de RR. HH. Llámame cuando
puedas y lo hablamos con calma.

Garazi
""", company="Seguros Baztán", contact="garazi.olano@talentonorte.example.es",
      charset="windows-1252", cte="quoted-printable", subj_cs="windows-1252-q"),
]
