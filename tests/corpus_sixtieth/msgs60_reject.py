"""Rejections of the sixtieth corpus (data only; imports msgs60_base)."""

from __future__ import annotations

from msgs60_base import maker

R = maker("rejection")


MESSAGES = [
    R("spedition_absage_sie", "de", "Gebrüder Haslinger Spedition", "bewerbung@haslinger-spedition.example.at",
      "Gebrüder Haslinger Spedition <bewerbung@haslinger-spedition.example.at>",
      "Ihre Bewerbung als Disponent/in Supply Chain (m/w/d)", """
      Sehr geehrter Herr Wozniak-Hartmann,

      vielen Dank für Ihr Interesse an unserem Unternehmen und die Zusendung Ihrer Unterlagen.

      Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im
      weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine
      Bewertung Ihrer Qualifikation, sondern ergibt sich aus dem Vergleich mit dem konkreten
      Anforderungsprofil der Stelle.

      Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

      Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

      Mit freundlichen Grüßen
      i.A. Sabine Moser
      Personalabteilung

      Gebrüder Haslinger Spedition GmbH | Industriestraße 14 | 4600 Wels
      FN 123456a, LG Wels
      """, charset="iso-8859-1", cte="quoted-printable"),

    R("workday_autozulieferer", "de", "Krennwald Automotive", "",
      "Krennwald Automotive <krennwald@myworkday.com>",
      "Ihre Bewerbung bei Krennwald Automotive - R-0043817", """
      Guten Tag Kai,

      Danke, dass Sie sich für die Position Demand Planner (m/w/d) - Standort Steyr - R-0043817 beworben haben.

      Wir haben Ihre Unterlagen mit großem Interesse gelesen. Leider haben wir uns entschieden, mit anderen Kandidat:innen fortzufahren, deren Profil noch besser zu den aktuellen Anforderungen passt.

      Bitte besuchen Sie weiterhin unsere Karriereseite - wir würden uns freuen, Sie bei einer anderen passenden Stelle wiederzusehen.

      Freundliche Grüße
      Talent Acquisition Team
      Krennwald Automotive

      *** Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht. ***
      """, fmt="html"),

    R("gf_kurz_handy", "de", "Pölzl Maschinenbau", "m.poelzl@poelzl-maschinenbau.example.at",
      "Markus Pölzl <m.poelzl@poelzl-maschinenbau.example.at>", "AW: Bewerbung Produktionsplanung", """
      Hallo Herr Wozniak-Hartmann,

      danke fürs Gespräch letzte Woche. Wir haben uns jetzt intern für jemanden entschieden der schon
      bei uns als Leiharbeiter in der Fertigung war, daher wirds leider nix.
      Alles Gute trotzdem!

      MP

      Von meinem iPhone gesendet
      """, quote=("de", "Kai Wozniak-Hartmann <kai.wozniak@example.at>", """
      Sehr geehrter Herr Pölzl,

      vielen Dank nochmals für das angenehme Gespräch am Donnerstag. Ich freue mich, von Ihnen zu hören.

      Beste Grüße
      Kai Wozniak-Hartmann
      """)),

    R("successfactors_pharma_ch", "de", "Rheintal Pharma", "",
      "Rheintal Pharma Careers <noreply@successfactors.eu>", "Ihre Bewerbung / Job-ID 58211", """
      Sehr geehrter Herr Wozniak-Hartmann

      Besten Dank für Ihre Bewerbung als Supply Chain Planner Packaging (80-100%) in Basel und das
      damit verbundene Interesse an Rheintal Pharma.

      Wir haben Ihr Dossier sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns für
      eine andere Kandidatur entschieden haben, die unserem Anforderungsprofil in einzelnen Punkten
      noch näher kommt.

      Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen für die Zukunft alles Gute und viel Erfolg.

      Freundliche Grüsse

      Rheintal Pharma AG
      Human Resources Schweiz
      """, charset="iso-8859-1", cte="base64"),

    R("stadt_magistrat_aufnahme", "de", "Stadt Wien", "karriere@wien.example.gv.at",
      "Stadt Wien - Recruiting Center <karriere@wien.example.gv.at>",
      "Ihre Bewerbung - Kennzahl MA 48/2026/117", """
      Sehr geehrter Herr Wozniak-Hartmann!

      Wir danken Ihnen für Ihre Bewerbung um die Stelle "Logistikplaner*in Fuhrpark" (Kennzahl MA 48/2026/117).

      Nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass die Stelle mit einer anderen
      Bewerberin bzw. einem anderen Bewerber besetzt wurde. Wir bedauern, Ihnen keine positive
      Nachricht übermitteln zu können.

      Ihre Bewerbungsdaten werden entsprechend den datenschutzrechtlichen Bestimmungen gelöscht.

      Für den Magistrat:
      Recruiting Center der Stadt Wien

      Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig.
      """),

    R("personalberater_relay_du", "de", "Strobl Frischelogistik", "lena.auer@berghofer-partner.example.at",
      "Lena Auer <lena.auer@berghofer-partner.example.at>", "Feedback Strobl", """
      Hi Kai,

      kurzes Update von meiner Seite - ich hab heut mit dem Kunden telefoniert (Strobl Frischelogistik, Linz).
      Sie haben sich leider für einen anderen Kandidaten entschieden, der schon Erfahrung mit Kühlketten
      und IFS hat. Ganz ehrlich: war knapp, dein SAP-Background ist super angekommen.

      Ich meld mich sobald ich was Neues für dich hab, gerade tut sich einiges im Raum Linz!

      LG Lena

      Lena Auer
      Senior Consultant | Supply Chain & Operations
      Berghofer & Partner
      +43 664 123 45 67
      """),

    R("absage_nach_fallstudie", "de", "Mauthner Consulting", "julia.wendt@mauthner-consulting.example.de",
      "Dr. Julia Wendt <julia.wendt@mauthner-consulting.example.de>",
      "Ihre Fallstudie und unsere Entscheidung", """
      Lieber Herr Wozniak-Hartmann,

      herzlichen Dank für die Zeit, die Sie in die Fallstudie zur Bestandsoptimierung investiert haben,
      und für die Präsentation am Montag. Wir haben die Ergebnisse im Team ausführlich besprochen.

      Am Ende haben wir uns entschieden, den Prozess mit einer Kandidatin fortzusetzen, die bereits
      mehr Projekterfahrung in der Beratung mitbringt. Ihre Analyse war strukturiert, an der
      Priorisierung der Maßnahmen hätten wir uns aber mehr Tiefe gewünscht - vielleicht hilft Ihnen das.

      Ich wünsche Ihnen viel Erfolg und würde mich freuen, wenn wir in Kontakt bleiben.

      Herzliche Grüße aus München
      Julia Wendt
      Principal | Mauthner Consulting
      Maximiliansplatz 5, 80333 München
      """, fmt="alt"),

    R("stelle_on_hold", "de", "Alpenmilch Tirol", "jobs@alpenmilch-tirol.example.at",
      "Alpenmilch Tirol eGen <jobs@alpenmilch-tirol.example.at>", "Update", """
      Grüß Gott Herr Wozniak-Hartmann,

      wir müssen Ihnen leider mitteilen, dass die ausgeschriebene Position "Einkäufer/in Verpackung"
      aufgrund einer internen Umstrukturierung bis auf Weiteres nicht nachbesetzt wird. Das
      Bewerbungsverfahren wird daher beendet.

      Wir bedanken uns für Ihr Interesse und entschuldigen uns für die Unannehmlichkeiten.

      Freundliche Grüße aus Innsbruck
      Ihr Team der Alpenmilch Tirol
      """, charset="windows-1252", cte="quoted-printable"),

    R("personio_kurz", "de", "Lagerwerk", "",
      "Lagerwerk <no-reply@lagerwerk.jobs.personio.de>", "Deine Bewerbung bei Lagerwerk", """
      Hey Kai,

      danke für deine Bewerbung als Operations Analyst. Wir haben uns dieses Mal für andere
      Bewerber*innen entschieden.

      Viel Glück bei der weiteren Suche!
      Dein Lagerwerk-Team
      """, fmt="alt"),

    R("bahn_assessment_absage", "de", "Westalp Bahn", "recruiting@westalp-bahn.example.at",
      "Westalp Bahn Recruiting <recruiting@westalp-bahn.example.at>",
      "=?iso-8859-1?Q?Ergebnis_Assessment_Center_=2D_Fahrplanung?=", """
      Sehr geehrter Herr Wozniak-Hartmann,

      wir bedanken uns für Ihre Teilnahme an unserem Assessment Center am 14. April.

      Leider dürfen wir Ihnen mitteilen, dass Sie für die weitere Auswahl nicht in Betracht gezogen
      werden konnten. Die Entscheidung fiel uns angesichts der hohen Qualität der Kandidat:innen
      nicht leicht.

      Mit freundlichen Grüßen

      Westalp Bahn GmbH
      Personalentwicklung & Recruiting
      Europaplatz 3, 1150 Wien
      """, fmt="html", when="2026-04-21 15:40"),

    R("ch_gruezi_absage", "de", "Zürcher Logistikpark", "r.keller@zlp.example.ch",
      "Regula Keller <r.keller@zlp.example.ch>", "Re: Bewerbung Leiter Disposition", """
      Grüezi Herr Wozniak-Hartmann

      Vielen Dank für Ihre Geduld. Nach intensiver Prüfung aller Dossiers haben wir entschieden, Sie
      nicht zu einem Gespräch einzuladen. Für diese Führungsposition setzen wir Erfahrung im
      Schweizer Markt sowie Kenntnisse im Zollwesen voraus.

      Wir danken Ihnen für Ihr Interesse und wünschen Ihnen weiterhin viel Erfolg.

      Freundliche Grüsse
      Regula Keller
      HR Business Partner
      Zürcher Logistikpark AG · Hagenholzstrasse 81 · 8050 Zürich
      T +41 44 000 12 34
      """),

    R("softgarden_energie", "de", "Donauwerke Energie", "",
      "Donauwerke Energie <no-reply@softgarden.io>", "Ihre Bewerbung: Referent*in Nachhaltigkeit", """
      Sehr geehrter Herr Wozniak-Hartmann,

      haben Sie vielen Dank für Ihre Bewerbung und Ihr Interesse an der Donauwerke Energie.

      Nach eingehender Prüfung Ihrer Unterlagen haben wir uns für Kandidat*innen entschieden, deren
      Profile dem Anforderungsprofil noch genauer entsprechen. Wir bitten um Ihr Verständnis und
      bedanken uns für das entgegengebrachte Vertrauen.

      Gerne möchten wir Ihre Bewerbung in unseren Talentpool aufnehmen. Falls Sie dem zustimmen,
      klicken Sie bitte auf den folgenden Link.

      Mit freundlichen Grüßen
      Ihr Recruiting-Team der Donauwerke Energie

      Bitte antworten Sie nicht auf diese E-Mail.
      """, fmt="alt", cte="quoted-printable"),

    R("fh_stelle_besetzt", "de", "Fachhochschule Oberland", "personal@fh-oberland.example.at",
      "Personalabteilung FH Oberland <personal@fh-oberland.example.at>",
      "Ausschreibung Lektor*in Logistikmanagement", """
      Sehr geehrter Herr Wozniak-Hartmann,

      die oben genannte Stelle konnte mittlerweile besetzt werden. Wir möchten uns herzlich für Ihre
      Bewerbung bedanken und wünschen Ihnen alles Gute.

      Freundliche Grüße
      Mag. Eva Gruber
      Personalabteilung
      Fachhochschule Oberland GmbH
      """),

    R("absage_nach_zweitgespraech_gf", "de", "Hinterberger Lebensmittel", "t.hinterberger@hinterberger-lm.example.at",
      "Thomas Hinterberger <t.hinterberger@hinterberger-lm.example.at>", "Unser Gespräch", """
      Servus Herr Wozniak-Hartmann,

      ich wollte mich nach unserem Gespräch persönlich melden. Wir haben lange überlegt, uns aber
      am Ende für eine interne Lösung entschieden - unsere bisherige Schichtleiterin übernimmt die
      Werksleitung Logistik. Ich weiß, das ist nach zwei Runden enttäuschend.

      Danke für Ihre Offenheit und alles Gute für die nächsten Schritte!

      Thomas Hinterberger
      Geschäftsführer
      Hinterberger Lebensmittel GmbH, Ried im Innkreis
      """),

    R("rexx_konzern_lang", "de", "Nordkamm Handel", "bewerbermanagement@nordkamm.example.de",
      "Nordkamm Handel Karriere <bewerbermanagement@nordkamm.example.de>",
      "Absage - Ihre Bewerbung als Category Manager Einkauf (m/w/d)", """
      Sehr geehrter Herr Wozniak-Hartmann,

      nochmals vielen Dank für Ihre Bewerbung und das Interesse an Nordkamm Handel.

      Wir haben uns Ihre Bewerbung genau angeschaut und uns letztlich gegen eine weitere
      Berücksichtigung entschieden.

      Wir wissen, dass Sie sich eine andere Nachricht gewünscht hätten, und hoffen dennoch,
      dass Sie Nordkamm Handel in guter Erinnerung behalten.

      Mit freundlichen Grüßen

      Ihr Nordkamm Handel Recruiting Team

      ____________________________
      Nordkamm Handel GmbH & Co. KG | Sitz: Hamburg | Registergericht: Amtsgericht Hamburg HRA 99999
      Persönlich haftende Gesellschafterin: Nordkamm Verwaltungs GmbH
      Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
      informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
      """, charset="windows-1252"),

    R("berater_leitet_kundenabsage_weiter", "de", "Ostbahn Cargo", "p.hofbauer@hofbauer-personal.example.at",
      "Patrick Hofbauer <p.hofbauer@hofbauer-personal.example.at>", "WG: Feedback Kandidat K. Wozniak-Hartmann", """
      Hallo Herr Wozniak-Hartmann,

      leider keine guten Nachrichten, siehe unten die Rückmeldung von Ostbahn Cargo. Ich finde das
      schade, bleibe aber dran - für die Stelle in Graz schicke ich Ihr Profil gerne weiter, wenn Sie möchten.

      Beste Grüße
      Patrick Hofbauer
      Hofbauer & Team | Personalbereitstellung
      """, quote=("fwd", "Mag. Ulrike Sommer <u.sommer@ostbahn-cargo.example.at>", """
      Lieber Herr Hofbauer,

      danke für die Vorstellung von Herrn Wozniak-Hartmann. Nach Rücksprache mit der Fachabteilung
      werden wir ihn nicht weiter berücksichtigen, uns fehlt die Erfahrung im Wagenladungsverkehr.

      Schöne Grüße
      Ulrike Sommer
      Ostbahn Cargo GmbH, Personalmanagement
      """), to="Kai Wozniak-Hartmann <kai.wozniak@example.at>"),

    # English
    R("greenhouse_saas_soft", "en", "Freightloop", "",
      "Freightloop Recruiting <no-reply@us.greenhouse-mail.io>",
      "Your application to Freightloop", """
      Hi Kai,

      Thanks so much for your interest in the Supply Chain Data Analyst role at Freightloop, and for the
      time you spent with our team.

      After careful consideration, we've decided to move forward with other candidates whose
      background more closely aligns with what we need right now. This wasn't an easy decision.

      We'll keep your details on file and may reach out if something opens up that's a better match.

      Best,
      The Freightloop Talent Team
      """, fmt="alt"),

    R("uk_shant_progress", "en", "Harrowgate Rail Systems", "priya.shah@harrowgate-rail.example.co.uk",
      "Priya Shah <priya.shah@harrowgate-rail.example.co.uk>", "RE: Operations Planning Manager", """
      Dear Kai,

      Many thanks for taking the time to speak with Richard and me on Thursday.

      I'm sorry to say that on this occasion we shan't be progressing your application further.
      The panel felt that other candidates had more direct experience of UK rail franchise
      operations, which is quite central to the role.

      Thank you again and all the very best with your search.

      Kind regards,
      Priya

      Priya Shah | Talent Partner
      Harrowgate Rail Systems Ltd
      Registered in England and Wales No. 01234567. This email and any attachments are confidential.
      """, quote=("outlook", "Kai Wozniak-Hartmann <kai.wozniak@example.at>", """
      Dear Priya,

      Thank you for arranging the call, I'm looking forward to it.

      Best regards,
      Kai
      """)),

    R("india_regret_inform", "en", "Vardhan Supply Solutions", "hr.careers@vardhan-supply.example.in",
      "HR Careers <hr.careers@vardhan-supply.example.in>", "Application status - SAP MM Consultant (Europe)", """
      Dear Candidate,

      Greetings from Vardhan Supply Solutions!

      We regret to inform you that your profile has not been shortlisted for the position of SAP MM
      Consultant (Europe delivery centre). We have retained your CV in our database and shall revert
      in case of any suitable opening in future.

      Thanks & Regards,
      Talent Acquisition Team
      Vardhan Supply Solutions Pvt. Ltd.
      """),

    R("very_short_hm", "en", "Krylov Robotics", "anna.krylova@krylov-robotics.example.pl",
      "Anna Krylova <anna.krylova@krylov-robotics.example.pl>", "Re: Quick question", """
      Hi Kai, thanks for your time, but we won't be moving forward. Good luck!

      Anna

      Sent from my iPhone
      """, quote=("gmail", "Kai Wozniak-Hartmann <kai.wozniak@example.at>", """
      Hi Anna,
      just wanted to check whether there is any news on the Production Planner role?
      Thanks, Kai
      """)),

    R("lever_role_cancelled", "en", "Brightmile Energy", "",
      "Brightmile Energy <no-reply@hire.lever.co>", "Update on the Procurement Analyst role", """
      Hi Kai,

      I wanted to let you know that we've made the difficult decision to close the Procurement
      Analyst position. Due to changes in our budget for the rest of 2026 the role will not be
      filled, so we won't be continuing with your application.

      We really appreciate the time you invested in our process.

      Warmly,
      Brightmile People Team
      """),

    R("australian_after_takehome", "en", "Southern Cross Freight", "mick.oconnell@scfreight.example.com.au",
      "Mick O'Connell <mick.oconnell@scfreight.example.com.au>", "Take-home feedback", """
      G'day Kai,

      Thanks heaps for sending through the forecasting exercise - we went through it as a team this arvo.

      Unfortunately we're not going to progress you to the final round. The model worked but we were
      after more discussion of the assumptions and the service level trade-off.
      Really appreciate the effort you put in, and best of luck mate.

      Cheers,
      Mick
      Head of Planning | Southern Cross Freight
      """),

    R("chinese_owned_en", "en", "Huaxin Components Europe", "",
      "Huaxin Components Europe HR <hr-noreply@huaxin-eu.example.com>",
      "Recruitment Result Notification", """
      Dear Mr. Kai Wozniak-Hartmann,

      Thank you for your application to the position of Material Planner at our Budapest plant.

      We are sorry to inform you that after comprehensive evaluation, you are not selected for this
      position. Your information will be kept in our talent pool for 1 year.

      Wish you every success in your future career.

      Human Resources Department
      Huaxin Components Europe Kft.
      """),

    R("smartrecruiters_after_interviews", "en", "Veltrix Medical", "",
      "Veltrix Medical <noreply@smartrecruiters.com>", "Your application for Inventory Control Lead", """
      Dear Kai,

      Thank you for interviewing with us for the Inventory Control Lead position. We enjoyed learning
      about your experience.

      Unfortunately, we have decided not to proceed with your candidacy at this time. We received
      applications from many qualified people and the final decision was a difficult one.

      Sincerely,
      Veltrix Medical Talent Acquisition
      """, fmt="html"),

    R("egyptian_owned_en", "en", "Nile Delta Foods", "careers@niledeltafoods.example.com",
      "Careers | Nile Delta Foods <careers@niledeltafoods.example.com>", "Your application", """
      Dear Kai,

      Thank you for your interest in joining Nile Delta Foods Europe. We have reviewed your application
      for Demand Planning Specialist (Rotterdam) carefully. Regretfully, we will not be moving
      forward with your application as the position requires fluent Dutch.

      We wish you all the best.

      Kind regards,
      Yasmin El-Sayed
      HR Specialist, Nile Delta Foods
      """),

    # French
    R("fr_taleo_lyon", "fr", "Groupe Ferlac", "",
      "Groupe Ferlac <ne-pas-repondre@ferlac.taleo.net>", "Votre candidature - Responsable Approvisionnement", """
      Bonjour Kai,

      Nous vous remercions de l'intérêt que vous portez au Groupe Ferlac et de votre candidature au
      poste de Responsable Approvisionnement (H/F) basé à Lyon.

      Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne
      pouvons pas donner une suite favorable à votre candidature.

      Nous conservons néanmoins vos coordonnées afin de vous recontacter si une opportunité
      correspondant à votre profil se présentait.

      Bien cordialement,
      L'équipe Recrutement Groupe Ferlac
      """, charset="iso-8859-1", cte="quoted-printable"),

    R("fr_cabinet_apres_entretien", "fr", "Ordalis", "claire.bonnet@ordalis.example.fr",
      "Claire Bonnet <claire.bonnet@ordalis.example.fr>", "Suite à notre entretien", """
      Bonjour Monsieur Wozniak-Hartmann,

      Je reviens vers vous suite à votre entretien avec Ordalis la semaine dernière.

      Malheureusement, le client a retenu un autre profil, plus senior sur la partie S&OP. Je suis
      sincèrement désolée de ne pas avoir de meilleures nouvelles.

      Je garde votre profil en tête pour d'autres missions.

      Bien à vous,
      Claire Bonnet
      Consultante Senior - Supply Chain
      Ordalis | 12 rue de la République, 69002 Lyon
      """),

    R("fr_ch_poste_pourvu", "fr", "Transports Léman", "rh@transports-leman.example.ch",
      "RH Transports Léman <rh@transports-leman.example.ch>", "Réponse à votre candidature", """
      Monsieur,

      Nous accusons réception de votre dossier et vous en remercions. Le poste de planificateur
      logistique ayant été pourvu entre-temps, nous ne sommes malheureusement pas en mesure de
      retenir votre candidature.

      Nous vous prions d'agréer, Monsieur, nos salutations distinguées.

      Service des Ressources Humaines
      Transports Léman SA
      """),

    # Spanish
    R("es_madrid_descartado", "es", "Logística Meseta", "",
      "Logística Meseta <no-reply@logisticameseta.example.es>", "Proceso de selección - Analista S&OP", """
      Hola Kai:

      Gracias por participar en nuestro proceso de selección para el puesto de Analista S&OP en Madrid.

      Lamentamos comunicarte que, tras valorar todas las candidaturas, hemos decidido continuar con
      otros perfiles que se ajustan más a lo que buscamos en este momento.

      Te deseamos mucho éxito en tu búsqueda.

      Un saludo,
      Equipo de Talento - Logística Meseta
      """, fmt="alt"),

    R("es_chile_en_espanol", "es", "Andes Cargo", "paula.rojas@andescargo.example.cl",
      "Paula Rojas <paula.rojas@andescargo.example.cl>", "RE: Postulación Jefe de Operaciones Europa", """
      Estimado Kai,

      Muchas gracias por tu tiempo en la entrevista del martes. Te cuento que finalmente decidimos no
      seguir adelante con tu postulación; buscamos a alguien con base en Madrid desde el primer día.

      Te agradezco mucho el interés y quedo atenta para futuras oportunidades.

      Saludos cordiales,
      Paula Rojas
      Gerente de Personas | Andes Cargo
      """, quote=("es", "Kai Wozniak-Hartmann <kai.wozniak@example.at>", """
      Hola Paula, muchas gracias por la entrevista. Quedo a la espera de noticias.
      Un saludo, Kai
      """)),

    R("es_puesto_cancelado", "es", "Grupo Valdecillas", "seleccion@valdecillas.example.es",
      "Selección Grupo Valdecillas <seleccion@valdecillas.example.es>", "Tu candidatura", """
      Buenos días Kai,

      Te escribimos para informarte de que la vacante de Técnico/a de Compras ha quedado cancelada por
      una reorganización interna, por lo que el proceso se cierra sin contratación.

      Sentimos las molestias y agradecemos tu interés en Grupo Valdecillas.

      Atentamente,
      Departamento de Selección
      """, charset="iso-8859-1"),
]
