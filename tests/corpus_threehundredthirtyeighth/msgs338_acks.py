"""Acknowledgements of applications and offers (Velodock in three cities, Packesel)."""

from __future__ import annotations

from msgs338_common import S

NIAMH = ("Niamh Kehoe", "niamh.kehoe@velodock.example.ie")
JONAS = ("Jonas Freitag", "jonas.freitag@packesel.example.de")
MARTA = ("Marta Kowalczyk", "marta.kowalczyk@packesel.example.de")

SPECS = [
    # ------------------------------------------------------------------ acknowledgements, en
    S("application_received", "en", "voltway_ack", "2026-01-08 22:14 +0000",
      ("Voltway Scooters", "no-reply@hire.lever.co"),
      "Thanks for applying to Voltway Scooters!",
      """
      Hi Ruairí,

      Thanks for applying for Scooter Mechanic (Dublin North). We've got your application
      and our team is reviewing it.

      We'll be in touch if your skills and experience are a good fit for the role.

      Cheers,
      Voltway Scooters
      """,
      company="Voltway Scooters", html="alt"),
    S("application_received", "en", "sharewheels_ack", "2026-01-23 09:01 +0000",
      ("ShareWheels", "no-reply@ashbyhq.com"),
      "We've received your application to ShareWheels",
      """
      Hi Ruairí,

      Thank you for your application for Fleet Care Technician (Dublin). This email
      confirms we have received it.

      Our team will review your application and get back to you within three weeks.

      ShareWheels Talent Team
      """,
      company="ShareWheels", html="only"),
    S("application_received", "en", "metromobility_ack", "2026-03-31 12:00 +0100",
      ("Metro Mobility Dublin", "metromobility@taleo.net"),
      "Acknowledgement: Technician Grade II, Ref. MMD-2291",
      """
      Dear Applicant,

      Thank you for submitting your application for Technician Grade II (Micromobility
      Infrastructure), reference MMD-2291. This email confirms that your application has
      been received and will be considered by the shortlisting board after the closing
      date.

      Due to the high volume of applications we receive, we are unable to respond to every
      applicant individually. Candidates invited to interview will be contacted by email.

      Recruitment Unit
      Metro Mobility Dublin
      """,
      company="Metro Mobility Dublin", charset="windows-1252", cte="qp"),
    S("application_received", "en", "kinetic_ack", "2026-02-25 14:44 +0000",
      ("Kinetic Fleet Services", "kineticfleet@talent.icims.com"),
      "Thank you for applying – Field Technician (Berlin)",
      """
      Dear Ruairí,

      Thank you for your interest in Kinetic Fleet Services. We have received your
      application for Field Technician (Berlin), Req ID 2026-1187.

      A member of our recruitment team will review your qualifications. Should your
      background match our needs, we will contact you to discuss next steps.

      Kinetic Fleet Services Recruitment
      """,
      company="Kinetic Fleet Services", html="only", cte="base64"),
    S("application_received", "en", "citybike_human_ack", "2026-02-27 16:35 +0000",
      ("Gearóid Moran", "gmoran@citybikelimerick.example.ie"),
      "RE: Application – Maintenance Technician",
      """
      Hi Ruairí,

      Thanks for your email and CV, received with thanks. The closing date is 13 March and
      we'll be shortlisting the week after, so you'll hear from us either way by the end
      of March.

      Regards,
      Gearóid
      """,
      company="Citybike Limerick", contact="gmoran@citybikelimerick.example.ie",
      name_enc=("b", "utf-8"), cte="8bit"),
    S("application_received", "en", "boltline_ack", "2026-06-10 07:20 +0000",
      ("Boltline E-Mobility", "no-reply@eu.greenhouse-mail.io"),
      "Thank you for your application to Boltline E-Mobility",
      """
      Hi Ruairí,

      Thanks for applying to Boltline E-Mobility! We've received your application for
      E-Bike Service Technician – Zurich.

      Please note that we receive many applications and may not be able to get back to
      every candidate individually. If your profile matches the role, our recruiting team
      will reach out.

      Best regards,
      Boltline E-Mobility
      """,
      company="Boltline E-Mobility", html="alt"),
    S("application_received", "en", "ampere_ack", "2026-04-30 20:03 +0100",
      ("Ampere Car Club", "notifications@app.bamboohr.com"),
      "Thanks for applying to Ampere Car Club",
      """
      Hi Ruairí,

      Thank you for your interest in the EV Fleet Technician position at Ampere Car Club.
      We have received your application and will be reviewing it soon.

      Thanks again,
      Ampere Car Club
      """,
      company="Ampere Car Club", html="only"),
    # ------------------------------------------------------------------ acknowledgements, de
    S("application_received", "de", "bmb_eingang", "2026-03-03 13:30 +0100",
      ("Berliner Mobilitätsbetriebe", "bmb-karriere@mail.softgarden.io"),
      "Eingangsbestätigung: Kfz-Mechatroniker*in E-Flotte",
      """
      Sehr geehrter Herr Ó Donnchadha-Weiss,

      vielen Dank für Ihre Bewerbung als Kfz-Mechatroniker*in E-Flotte. Hiermit bestätigen
      wir den Eingang Ihrer Unterlagen.

      Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen.
      Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.

      Mit freundlichen Grüßen
      Ihr Recruiting-Team der Berliner Mobilitätsbetriebe

      Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.
      """,
      company="Berliner Mobilitätsbetriebe", html="alt", name_enc=("b", "iso-8859-1"),
      charset="iso-8859-1"),
    S("application_received", "de", "velomotion_eingang", "2026-06-17 12:12 +0200",
      ("Reto Gisler", "reto.gisler@velomotion.example.ch"),
      "AW: Bewerbung E-Bike-Servicetechniker",
      """
      Grüezi Herr Ó Donnchadha-Weiss

      Besten Dank für Ihre Bewerbung, die wir gerne erhalten haben. Wir sammeln die
      Unterlagen noch bis Ende Monat und melden uns dann bei Ihnen.

      Freundliche Grüsse
      Reto Gisler
      Werkstattchef, Velomotion Zürich
      Badenerstrasse 600, 8048 Zürich
      """,
      company="Velomotion Zürich", contact="reto.gisler@velomotion.example.ch",
      charset="windows-1252", cte="qp"),
    # ------------------------------------------------------------------ acknowledgements, fr
    S("application_received", "fr", "cyclopolis_accuse", "2026-03-16 08:30 +0000",
      ("Cyclopolis Lyon", "no-reply@teamtailor-mail.com"),
      "Merci pour votre candidature !",
      """
      Bonjour Ruairí,

      Merci d'avoir postulé au poste de Mécanicien·ne vélos en libre-service chez
      Cyclopolis. Nous avons bien reçu votre candidature.

      Notre équipe l'examinera dans les meilleurs délais. Vous pouvez suivre son état
      depuis votre espace candidat.

      À bientôt,
      L'équipe Cyclopolis
      """,
      company="Cyclopolis", html="alt"),
    S("application_received", "fr", "trottilyon_accuse", "2026-05-20 10:10 +0000",
      ("TrottiLyon", "noreply@workablemail.com"),
      "TrottiLyon – Votre candidature a bien été reçue",
      """
      Bonjour Ruairí,

      Merci de votre intérêt pour TrottiLyon ! Votre candidature au poste de
      technicien·ne terrain a bien été transmise à notre équipe.

      Nous étudions chaque candidature avec soin et reviendrons vers vous dès que possible.

      L'équipe TrottiLyon
      """,
      company="TrottiLyon", html="only", cte="base64"),
    S("application_received", "fr", "mmr_accuse", "2026-06-22 09:00 +0200",
      ("Métropole Mobilités Rhône", "ne-pas-repondre@mmr.example.fr"),
      "Accusé de réception de votre candidature, réf. MMR-26-118",
      """
      Monsieur,

      Nous accusons réception de votre candidature au poste de Technicien maintenance
      vélos et consignes (réf. MMR-26-118).

      Compte tenu du nombre important de candidatures, nous ne sommes pas en mesure de
      répondre individuellement à chacune. Seules les personnes retenues pour un entretien
      seront contactées.

      Le service Recrutement
      Métropole Mobilités Rhône
      """,
      company="Métropole Mobilités Rhône", charset="iso-8859-1", cte="8bit",
      subj_enc=("q", "iso-8859-1"), name_enc=("q", "iso-8859-1")),
    # ------------------------------------------------------------------ acknowledgements, es
    S("application_received", "es", "ecomovil_recibida", "2026-04-13 07:45 +0000",
      ("Ecomóvil Valencia", "ecomovil@careers.icims.com"),
      "Hemos recibido tu solicitud",
      """
      Hola Ruairí:

      Gracias por enviar tu solicitud para el puesto de Técnico/a de flota carsharing en
      Ecomóvil Valencia. La hemos recibido correctamente.

      Nuestro equipo de selección la revisará y, si tu perfil encaja, se pondrá en contacto
      contigo.

      Equipo de Selección de Ecomóvil Valencia
      """,
      company="Ecomóvil Valencia", html="alt", name_enc=("b", "utf-8")),
    S("application_received", "es", "valenbike_acuse", "2026-07-02 15:00 +0000",
      ("Valenbike Servicios", "no-reply@smartrecruiters.com"),
      "Valenbike Servicios: candidatura recibida",
      """
      Hola Ruairí:

      Gracias por presentar tu candidatura al puesto de Técnico/a de campo. Te confirmamos
      que la hemos recibido.

      Debido al elevado número de solicitudes, no podemos responder a cada persona de forma
      individual, pero revisaremos tu perfil con atención.

      Equipo de Selección de Valenbike
      """,
      company="Valenbike Servicios", html="only", charset="iso-8859-1", cte="qp"),
    # ------------------------------------------------------------------ offers, Velodock
    S("offer", "en", "velodock_verbal", "2026-02-18 18:40 +0000", NIAMH,
      "Following our call – we'd love you to join Velodock",
      """
      Hi Ruairí,

      Great to speak to you just now. As I said on the phone, Aoife and Cian were really
      impressed on Monday and we'd like to offer you the Fleet Technician role in
      Oranmore. I'm putting the formal offer letter together and will send it on Friday.

      In the meantime, congratulations!

      Niamh Kehoe
      People Partner, Velodock
      """,
      company="Velodock", contact="niamh.kehoe@velodock.example.ie"),
    S("offer", "en", "velodock_revised", "2026-02-24 11:05 +0000", NIAMH,
      "RE: Your offer from Velodock – revised letter",
      """
      Hi Ruairí,

      Good questions. The tool allowance is EUR 600, paid once after your probation, and
      yes, a start on Monday 23 March is absolutely fine. I've attached a revised offer
      letter with the new start date. Everything else is unchanged.

      Let me know once you've had a look.

      Niamh
      """,
      company="Velodock", contact="niamh.kehoe@velodock.example.ie",
      reply="velodock_own_questions", quote="outlook",
      pdf=[("Velodock_Offer_Letter_v2.pdf",
            ["Velodock - Revised Offer of Employment", "Ruairi O Donnchadha-Weiss",
             "Fleet Technician, E-bikes - Oranmore", "Start date: 23 March 2026",
             "Tool allowance: EUR 600 after probation"])]),
    S("offer", "en", "velodock_contract", "2026-03-02 09:15 +0000",
      ("Niamh Kehoe via Velodock HR", "hr-noreply@velodock.example.ie"),
      "Please sign: Contract of Employment – Ruairí Ó Donnchadha-Weiss",
      """
      Hi Ruairí,

      Niamh Kehoe has sent you your Contract of Employment with Velodock for signature.

      Please review the attached contract, sign it and return it by Friday 6 March. If you
      have any questions, reply to this email to reach Niamh.

      Velodock HR
      """,
      company="Velodock", contact="niamh.kehoe@velodock.example.ie", reply_to=NIAMH,
      html="alt", subj_enc=("b", "utf-8"),
      pdf=[("Velodock_Contract_of_Employment.pdf",
            ["Contract of Employment", "Velodock - Fleet Technician, E-bikes",
             "Employee: Ruairi O Donnchadha-Weiss", "Commencement: 23 March 2026",
             "Signature: ____________________"])]),
    S("offer", "fr", "velodock_lyon_offre", "2026-09-14 10:30 +0200",
      ("Élodie Garnier", "elodie.garnier@velodock.example.fr"),
      "Proposition d'embauche – lancement Velodock Lyon",
      """
      Bonjour Ruairí,

      Aoife m'a beaucoup parlé de votre travail à Oranmore. Comme vous le savez, Velodock
      lance son service à Lyon en novembre, et nous aimerions vous proposer le poste de
      Technicien·ne référent·e atelier pour le lancement, en CDI, basé à Lyon 7e, avec
      une prise de poste le 2 novembre 2026.

      Vous trouverez ci-joint notre promesse d'embauche détaillant la rémunération
      (2 450 € brut mensuel, 13e mois) et l'aide à la relocalisation. Merci de nous faire
      part de votre réponse avant le 25 septembre.

      Bien cordialement,
      Élodie Garnier
      Directrice des opérations France, Velodock
      """,
      company="Velodock", contact="elodie.garnier@velodock.example.fr",
      name_enc=("q", "iso-8859-1"), charset="windows-1252", cte="qp",
      pdf=[("Promesse_embauche_Velodock_Lyon.pdf",
            ["Velodock - Promesse d'embauche", "M. Ruairi O Donnchadha-Weiss",
             "Technicien referent atelier - Lyon", "CDI - debut 02/11/2026",
             "Remuneration : 2 450 EUR brut mensuel"])]),
    S("offer", "es", "velodock_valencia_oferta", "2026-10-05 12:45 +0200",
      ("Álvaro Benlloch", "alvaro.benlloch@velodock.example.es"),
      "Oferta de trabajo – Velodock València",
      """
      Hola Ruairí:

      Te escribo desde el equipo de lanzamiento de Velodock en València. Élodie nos ha
      contado que quizá prefieras el sur al Ródano, así que te hacemos también nuestra
      oferta formal: Técnico/a senior de flota, contrato indefinido, 29.000 € brutos
      anuales, incorporación el 1 de diciembre.

      Te adjunto la carta de oferta. Si te encaja, te enviamos el contrato para firmar.

      Un saludo,
      Álvaro Benlloch
      Responsable de Operaciones, Velodock España
      """,
      company="Velodock", contact="alvaro.benlloch@velodock.example.es",
      name_enc=("b", "utf-8"), html="alt",
      pdf=[("Carta_oferta_Velodock_Valencia.pdf",
            ["Velodock Espana - Carta de oferta", "Ruairi O Donnchadha-Weiss",
             "Tecnico/a senior de flota - Valencia", "Contrato indefinido, 29.000 EUR",
             "Incorporacion: 01/12/2026"])]),
    # ------------------------------------------------------------------ offers, Packesel
    S("offer", "de", "packesel_muendlich", "2026-03-27 09:02 +0100", JONAS,
      "Wie besprochen: Wir wollen Dich!",
      """
      Moin Ruairí,

      schön, dass ich Dich gestern Abend noch telefonisch erreicht habe. Hier nochmal
      schriftlich: Wir möchten Dich als Servicetechniker*in Lastenräder einstellen. Das
      offizielle Vertragsangebot mit allen Zahlen kommt nächste Woche per Mail.

      Danke für den tollen Probetag!
      Jonas
      """,
      company="Packesel Cargobikes", contact="jonas.freitag@packesel.example.de",
      cte="8bit"),
    S("offer", "de", "packesel_vertrag", "2026-04-10 14:00 +0200", MARTA,
      "Arbeitsvertrag zur Unterschrift",
      """
      Hallo Ruairí,

      anbei erhältst Du Deinen Arbeitsvertrag in zweifacher Ausfertigung. Bitte
      unterschreibe beide Exemplare und schicke eines per Post an uns zurück (oder
      unterschrieben als Scan an mich). Das zweite Exemplar ist für Dich.

      Eine englische Arbeitsübersetzung schicke ich Dir separat.

      Viele Grüße
      Marta Kowalczyk
      Personal & Verwaltung, Packesel Cargobikes
      """,
      company="Packesel Cargobikes", contact="marta.kowalczyk@packesel.example.de",
      charset="iso-8859-1", cte="base64",
      pdf=[("Arbeitsvertrag_ODonnchadha-Weiss.pdf",
            ["Arbeitsvertrag", "zwischen Packesel Cargobikes und Ruairi O Donnchadha-Weiss",
             "Taetigkeit: Servicetechniker*in Lastenraeder", "Beginn: 01.06.2026",
             "Unterschrift Arbeitnehmer: ____________"])]),
    S("offer", "en", "packesel_contract_en", "2026-04-10 14:20 +0200", MARTA,
      "Your employment contract – English working translation",
      """
      Hi Ruairí,

      As promised, here is an English working translation of your employment contract with
      Packesel Cargobikes (Service Technician, Cargo Bikes, start 1 June 2026). Only the
      German version is legally binding, but this should help you check the details
      before you sign.

      Please send the signed German contract back by 15 April.

      Best,
      Marta
      """,
      company="Packesel Cargobikes", contact="marta.kowalczyk@packesel.example.de",
      pdf=[("Employment_Contract_EN_translation.pdf",
            ["Employment contract - working translation", "Packesel Cargobikes, Leipzig",
             "Employee: Ruairi O Donnchadha-Weiss", "Start: 1 June 2026",
             "Gross monthly salary: EUR 3,150"])]),
]
