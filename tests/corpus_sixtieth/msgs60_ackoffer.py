"""Application acknowledgements and offers of the sixtieth corpus (data only)."""

from __future__ import annotations

from msgs60_base import maker

A = maker("application_received")

Off = maker("offer")


KAI = "Kai Wozniak-Hartmann <kai.wozniak@example.at>"

ACKS = [
    A("eingangsbestaetigung_klassisch", "de", "Steirerfrost", "",
      "Steirerfrost Karriere <noreply@steirerfrost.example.at>", "Eingangsbestätigung Ihrer Bewerbung", """
      Sehr geehrter Herr Wozniak-Hartmann,

      vielen Dank für Ihre Bewerbung als Supply Chain Planner (m/w/d), die wir heute erhalten haben.

      Wir prüfen Ihre Unterlagen sorgfältig und melden uns innerhalb der nächsten zwei bis drei Wochen
      bei Ihnen. Bitte haben Sie Verständnis, dass die Bearbeitung etwas Zeit in Anspruch nehmen kann.

      Mit freundlichen Grüßen
      Ihr HR-Team der Steirerfrost GmbH
      """, when="2026-01-19 21:47"),

    A("volumen_kein_individuelles_feedback", "de", "Krennwald Automotive", "",
      "Krennwald Automotive <krennwald@myworkday.com>", "Vielen Dank für Ihre Bewerbung - R-0043817", """
      Guten Tag Kai,

      vielen Dank für Ihre Bewerbung auf die Position Demand Planner (m/w/d) - Standort Steyr.

      Wir erhalten eine große Zahl an Bewerbungen und können daher leider nicht jeder Person
      individuell antworten. Sollte Ihr Profil zu unseren Anforderungen passen, wird sich jemand aus
      dem Recruiting-Team innerhalb von vier Wochen bei Ihnen melden.

      Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

      Freundliche Grüße
      Talent Acquisition Team
      """, fmt="html"),

    A("dvinci_klinikum", "de", "Klinikum Donaustadt-Nord", "",
      "Klinikum Donaustadt-Nord <bewerbung-noreply@dvinci-mail.example.com>",
      "Ihre Bewerbung als Leitung Materialwirtschaft ist eingegangen", """
      Sehr geehrter Herr Wozniak-Hartmann,

      hiermit bestätigen wir den Eingang Ihrer Bewerbung. Ihre Unterlagen werden nun an die zuständige
      Fachabteilung weitergeleitet.

      Bitte beachten Sie, dass wir Ihnen zum jetzigen Zeitpunkt leider kein individuelles Feedback
      geben können. Wir melden uns, sobald der Auswahlprozess abgeschlossen ist.

      Freundliche Grüße
      Personalmanagement
      Klinikum Donaustadt-Nord
      """, fmt="alt", charset="iso-8859-1"),

    A("ams_ejobroom_weiter", "de", "Marchfelder Gemüse", "",
      "AMS eJob-Room <noreply@ams.example.at>", "Ihre Bewerbung wurde an das Unternehmen übermittelt", """
      Sehr geehrter Herr Wozniak-Hartmann!

      Ihre Bewerbung für das Stelleninserat "Logistikkoordinator*in" der Firma Marchfelder Gemüse GmbH
      wurde erfolgreich übermittelt.

      Das Unternehmen wird sich direkt bei Ihnen melden.

      Ihr AMS
      Diese Nachricht wurde automatisch erstellt.
      """),

    A("prescreen_du", "de", "Greentrail Mobility", "",
      "Greentrail Mobility <jobs@mail.prescreenapp.io>", "Danke für deine Bewerbung, Kai! 🚲", """
      Hi Kai,

      wie cool, dass du bei Greentrail mitanpacken willst! Deine Bewerbung als Sustainability
      & Procurement Lead ist bei uns gelandet.

      Wir schauen uns alles in Ruhe an und melden uns spätestens in 10 Tagen. Bis dahin: folg uns
      gern auf LinkedIn 😊

      Liebe Grüße
      Greentrail People & Culture
      """, fmt="html"),

    A("stadt_wien_eingang", "de", "Stadt Wien", "",
      "Stadt Wien - Recruiting Center <noreply-recruiting@wien.example.gv.at>",
      "Bestätigung: Bewerbung eingelangt - MA 48/2026/117", """
      Sehr geehrter Herr Wozniak-Hartmann!

      Ihre Bewerbung zur Ausschreibung MA 48/2026/117 ist bei uns eingelangt. Das Auswahlverfahren
      kann je nach Anzahl der Bewerbungen mehrere Wochen dauern. Sie werden über das Ergebnis
      schriftlich informiert.

      Bitte antworten Sie nicht auf diese automatisch versendete Nachricht.

      Recruiting Center der Stadt Wien
      """, when="2026-02-02 10:14"),

    A("rexx_eingang_hamburg", "de", "Nordkamm Handel", "",
      "Nordkamm Handel Karriere <no-reply@nordkamm-karriere.example.de>",
      "Ihre Bewerbung bei Nordkamm Handel", """
      Sehr geehrter Herr Wozniak-Hartmann,

      herzlichen Dank für Ihre Bewerbung als Category Manager Einkauf (m/w/d) am Standort Hamburg.

      Ihre Unterlagen sind vollständig bei uns eingegangen. Aufgrund der Vielzahl an Bewerbungen
      bitten wir um etwas Geduld - Sie erhalten in jedem Fall eine Rückmeldung von uns.

      Mit freundlichen Grüßen
      Ihr Nordkamm Handel Recruiting Team
      """, charset="windows-1252", cte="quoted-printable"),

    A("join_bestaetigung", "de", "Kaffeerösterei Aumayr", "",
      "Kaffeerösterei Aumayr via JOIN <noreply@join.com>", "Bewerbung erhalten: Einkauf & Logistik (Teilzeit)", """
      Hallo Kai,

      Kaffeerösterei Aumayr hat deine Bewerbung erhalten. Du wirst benachrichtigt, sobald sich der
      Status deiner Bewerbung ändert.

      Dein JOIN Team
      """, fmt="alt"),

    A("ch_dossier_erhalten", "de", "Rheinbahn Logistik", "",
      "Rheinbahn Logistik <jobs-noreply@rheinbahnlog.example.ch>", "Bestätigung Ihrer Bewerbung", """
      Sehr geehrter Herr Wozniak-Hartmann

      Wir bestätigen den Eingang Ihres Dossiers für die Stelle Teamleiter Disposition. Leider können
      wir aufgrund der hohen Anzahl Bewerbungen nicht auf jede Bewerbung einzeln eingehen; wir
      kontaktieren Sie, sobald wir Ihre Unterlagen geprüft haben.

      Freundliche Grüsse
      Rheinbahn Logistik AG
      """, charset="iso-8859-1"),

    A("persoenlich_danke_hr", "de", "Hinterberger Lebensmittel", "karin.stockinger@hinterberger-lm.example.at",
      "Karin Stockinger <karin.stockinger@hinterberger-lm.example.at>", "AW: Bewerbung Werksleitung Logistik", """
      Guten Morgen Herr Wozniak-Hartmann,

      danke für Ihre Unterlagen, die sind gut angekommen. Ich gebe sie an Herrn Hinterberger weiter,
      er ist aber bis Ende nächster Woche auf Urlaub. Sie hören spätestens Mitte Mai von uns.

      Schönen Tag noch
      Karin Stockinger
      Personalverrechnung & HR
      """, quote=("outlook_de", KAI, """
      Sehr geehrte Damen und Herren,

      anbei sende ich Ihnen meine Bewerbungsunterlagen für die Position Werksleitung Logistik.

      Mit freundlichen Grüßen
      Kai Wozniak-Hartmann
      """)),

    # English
    A("greenhouse_thanks", "en", "Freightloop", "",
      "Freightloop Recruiting <no-reply@us.greenhouse-mail.io>", "Thank you for applying to Freightloop", """
      Hi Kai,

      Thanks for applying to the Supply Chain Data Analyst role at Freightloop! We've received your
      application and our team will review it shortly.

      Due to the volume of applications we receive, we're unable to respond to every applicant
      individually. If your experience is a match, someone from our team will be in touch.

      Best,
      Freightloop Talent Team
      """, fmt="alt"),

    A("workday_uk_received", "en", "Harrowgate Rail Systems", "",
      "Harrowgate Rail Systems <harrowgate@myworkday.com>", "Application Received - Operations Planning Manager", """
      Dear Kai Wozniak-Hartmann,

      Thank you for your application for the role of Operations Planning Manager (Req ID 22817).

      Our Talent team will review your application against the requirements of the role. Please note
      that we are unable to provide individual feedback at this stage of the process.

      Kind regards,
      Talent Acquisition
      Harrowgate Rail Systems
      """, fmt="html"),

    A("indian_acknowledge", "en", "Vardhan Supply Solutions", "hr.careers@vardhan-supply.example.in",
      "HR Careers <hr.careers@vardhan-supply.example.in>", "Acknowledgement of your application", """
      Dear Candidate,

      This is to acknowledge receipt of your application for SAP MM Consultant (Europe). Our team is
      reviewing the same and will get back to you should your profile be shortlisted.

      Thanks & Regards,
      Talent Acquisition Team
      """),

    A("teamtailor_received", "en", "Nordlys Grid", "",
      "Nordlys Grid <no-reply@teamtailor.com>", "We got your application!", """
      Hey Kai,

      Thanks for applying for Energy Procurement Analyst at Nordlys Grid. We're reading every
      application ourselves, so it can take up to two weeks before you hear from us.

      Have a great day!
      Team Nordlys Grid
      """, fmt="html"),

    A("linkedin_easy_apply_sent", "en", "Corvane Biologics", "",
      "LinkedIn <jobs-noreply@linkedin.com>", "Kai, your application was sent to Corvane Biologics", """
      Your application was sent to Corvane Biologics

      Supply Planner
      Corvane Biologics · Vienna (Hybrid)
      Applied on April 2, 2026

      Now, take these next steps for more success with your job search
      Manage your job search | Unsubscribe
      """, fmt="alt", headers=(("List-Unsubscribe", "<https://www.linkedin.com/e/unsub>"),)),

    A("icims_pharma_received", "en", "Meridian Pharma Services", "",
      "Meridian Pharma Services <careers-noreply@icims.com>", "Thank you for your interest", """
      Dear Kai,

      Thank you for submitting your application for the position of Site Logistics Manager, Vienna.
      We appreciate your interest in Meridian Pharma Services.

      Your application is now under review. Unfortunately, due to the high number of applications,
      we are unable to provide updates on an individual basis. Should your skills and experience
      match the requirements, a member of our team will contact you.

      Regards,
      Meridian Pharma Services Recruitment
      """),

    # French
    A("fr_accuse_reception", "fr", "Groupe Ferlac", "",
      "Groupe Ferlac <ne-pas-repondre@ferlac.taleo.net>", "Accusé de réception de votre candidature", """
      Bonjour Kai,

      Nous avons bien reçu votre candidature au poste de Responsable Approvisionnement (H/F) et vous
      en remercions.

      Notre équipe l'étudiera avec attention. En raison du nombre important de candidatures, nous ne
      sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles dans
      l'immédiat.

      Cordialement,
      L'équipe Recrutement
      """, charset="iso-8859-1"),

    A("fr_ch_bien_recu", "fr", "Transports Léman", "rh@transports-leman.example.ch",
      "RH Transports Léman <rh@transports-leman.example.ch>", "Votre dossier", """
      Monsieur,

      Nous avons bien reçu votre dossier de candidature pour le poste de planificateur logistique et
      reviendrons vers vous dans les meilleurs délais.

      Meilleures salutations,
      Service RH - Transports Léman SA
      """),

    # Spanish
    A("es_infojobs_recibida", "es", "Logística Meseta", "",
      "Logística Meseta <no-reply@logisticameseta.example.es>", "Hemos recibido tu candidatura", """
      Hola Kai:

      ¡Gracias por inscribirte en la oferta Analista S&OP (Madrid)! Hemos recibido tu candidatura y el
      equipo la revisará en los próximos días. Si tu perfil encaja, nos pondremos en contacto contigo.

      Un saludo,
      Equipo de Talento
      """),

    A("es_chile_recepcion", "es", "Andes Cargo", "",
      "Andes Cargo Postulaciones <postulaciones-noreply@andescargo.example.cl>",
      "Confirmación de postulación", """
      Estimado/a postulante:

      Confirmamos la recepción de su postulación al cargo Jefe de Operaciones Europa. Debido al alto
      número de postulaciones, solo nos comunicaremos con quienes avancen a la siguiente etapa.

      Atentamente,
      Gerencia de Personas - Andes Cargo
      """, charset="iso-8859-1", cte="base64"),
]

OFFERS = [
    Off("angebot_dienstvertrag", "de", "Salzach Verpackung", "c.eder@salzach-verpackung.example.at",
      "Christina Eder <c.eder@salzach-verpackung.example.at>", "Ihr Dienstvertrag", """
      Lieber Herr Wozniak-Hartmann,

      wie heute telefonisch mit Herrn Mag. Obermayr besprochen, freuen wir uns sehr, Ihnen die Position
      Leitung Logistik & Einkauf anbieten zu dürfen!

      Anbei finden Sie den Dienstvertrag (Eintritt 1. Juli 2026, Bruttojahresgehalt wie besprochen,
      Einstufung nach KV Papier). Bitte senden Sie uns ein unterschriebenes Exemplar bis 15. Mai zurück.

      Bei Fragen bin ich jederzeit für Sie da.

      Herzliche Grüße
      Christina Eder
      """, attach="Dienstvertrag_Wozniak-Hartmann.pdf"),

    Off("zusage_muendlich_nachtrag", "de", "Voralpen Kunststofftechnik", "s.wimmer@voralpen-kt.example.at",
      "Stefan Wimmer <s.wimmer@voralpen-kt.example.at>", "Zusage", """
      Hallo Herr Wozniak-Hartmann,

      wie heute am Telefon gesagt: wir möchten Sie gern im Einkauf haben! Das schriftliche Angebot
      kommt morgen von unserer Personalabteilung. Gehalt wie besprochen 62k brutto + Firmenhandy.

      Freu mich!
      Stefan Wimmer
      """),

    Off("bedingtes_angebot_strafregister", "de", "Innsbrucker Verkehrsbetriebe", "personal@ivb-tirol.example.at",
      "Personalbüro IVB <personal@ivb-tirol.example.at>", "Einstellungszusage (vorbehaltlich)", """
      Sehr geehrter Herr Wozniak-Hartmann,

      wir freuen uns, Ihnen mitteilen zu können, dass wir Sie als Leiter Fahrplanung & Disposition
      einstellen möchten.

      Die Zusage erfolgt vorbehaltlich der Vorlage einer aktuellen Strafregisterbescheinigung (nicht
      älter als drei Monate) sowie der positiven arbeitsmedizinischen Untersuchung. Den Entwurf des
      Dienstvertrags erhalten Sie nach Eingang der Unterlagen.

      Mit freundlichen Grüßen
      Innsbrucker Verkehrsbetriebe
      Personalbüro | Pastorstraße 5 | 6020 Innsbruck
      """),

    Off("ch_offerte", "de", "Zürcher Kantonalwerke", "m.frei@zkw.example.ch",
      "Martina Frei <m.frei@zkw.example.ch>", "Arbeitsvertrag Projektleiter Beschaffung", """
      Grüezi Herr Wozniak-Hartmann

      Es freut uns ausserordentlich, Ihnen die Stelle als Projektleiter Beschaffung anbieten zu können.
      Im Anhang finden Sie den Arbeitsvertrag in zweifacher Ausführung. Bitte retournieren Sie uns ein
      unterzeichnetes Exemplar bis Ende Monat.

      Wir freuen uns auf die Zusammenarbeit!

      Freundliche Grüsse
      Martina Frei
      HR Zürcher Kantonalwerke
      """, attach="Arbeitsvertrag_ZKW.pdf", charset="iso-8859-1", cte="quoted-printable"),

    Off("berater_angebot_du", "de", "Ennstal Landtechnik", "markus.leitner@kaltenbrunner-consult.example.at",
      "Markus Leitner <markus.leitner@kaltenbrunner-consult.example.at>", "🎉🎉🎉", """
      KAI!!!

      Ennstal will dich!! Offizielles Angebot kommt heute noch per Mail vom Kunden, aber ich durfte es
      dir schon sagen: Werksleiter Logistik, 75k fix + Bonus, Start September. Ruf mich an!!!

      Markus
      """),

    Off("en_offer_letter_saas", "en", "Pallas Analytics", "emma.clarke@pallas-analytics.example.com",
      "Emma Clarke <emma.clarke@pallas-analytics.example.com>", "Your offer from Pallas Analytics", """
      Hi Kai,

      On behalf of the whole team, I'm delighted to offer you the position of Senior Supply Chain Data
      Analyst at Pallas Analytics! Please find your offer letter attached, including salary, equity
      and benefits.

      You can sign electronically via the DocuSign link that will follow shortly. The offer is valid
      until 10 April. Happy to set up a call if you'd like to talk anything through.

      Congratulations!
      Emma
      """, attach="Offer_Letter_Kai_Wozniak-Hartmann.pdf", fmt="alt"),

    Off("en_verbal_followup_uk", "en", "Brandt Logistics", "tom.fairley@northbridge-search.example.co.uk",
      "Tom Fairley <tom.fairley@northbridge-search.example.co.uk>", "Following on from our call", """
      Hi Kai,

      Just to confirm in writing what I said on the phone - Brandt Logistics are pleased to offer you
      the Regional Operations Manager role at £68,000 plus car allowance, subject to references. Formal
      contract to follow from their HR team.

      Massive congrats!!
      Tom
      """),

    Off("en_polish_offer", "en", "Wisła Machinery", "k.nowak@wisla-machinery.example.pl",
      "Katarzyna Nowak <k.nowak@wisla-machinery.example.pl>", "Job offer", """
      Dear Mr Kai,

      We are pleased to offer you employment on the position Procurement Specialist (Central Europe).
      Please find attached the offer with conditions. We kindly ask for your answer until 5 June.

      Best regards,
      Katarzyna Nowak
      """, attach="Offer_Wisla_Machinery.pdf"),

    Off("fr_promesse_embauche", "fr", "Alpirail", "m.giraud@alpirail.example.fr",
      "Mathilde Giraud <m.giraud@alpirail.example.fr>", "Proposition d'embauche", """
      Bonjour Kai,

      Suite à vos entretiens, j'ai le plaisir de vous proposer le poste de Planificateur Flux
      Ferroviaires en CDI. Vous trouverez ci-joint la promesse d'embauche précisant la rémunération et
      la date de démarrage.

      Merci de nous la retourner signée sous huit jours.

      Bien cordialement,
      Mathilde Giraud
      """, attach="Promesse_embauche.pdf"),

    Off("es_oferta_formal", "es", "Transportes Ebro", "rrhh@transportes-ebro.example.es",
      "RRHH Transportes Ebro <rrhh@transportes-ebro.example.es>", "Oferta de empleo - Jefe de Tráfico", """
      Estimado Sr. Wozniak-Hartmann:

      Tenemos el placer de ofrecerle el puesto de Jefe de Tráfico en nuestra delegación de Zaragoza.
      Adjuntamos la carta de oferta con las condiciones económicas y la fecha de incorporación prevista.

      Quedamos a la espera de su respuesta.

      Atentamente,
      Departamento de Recursos Humanos
      """, attach="Oferta_Transportes_Ebro.pdf"),
]

MESSAGES = ACKS + OFFERS
