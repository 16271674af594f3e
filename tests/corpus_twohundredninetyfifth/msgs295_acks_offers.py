"""Corpus 295: acknowledgements of applications and job offers."""

from __future__ import annotations

from msgs295_common import DISCLAIMER_DE, DISCLAIMER_FR, Spec, m, sig

ACK = "application_received"
OFF = "offer"

MSGS: list[Spec] = [
    # ================================================================ acknowledgements, German
    m("lw_ack", ACK, "de", "2026-01-08 19:47",
      ("Lechwerk Maschinenbau GmbH", "noreply@softgarden.io"),
      "Eingangsbestätigung Ihrer Bewerbung: Arbeitsvorbereiter (m/w/d)",
      """
Sehr geehrter Herr Grünwald,

vielen Dank für Ihre Bewerbung als Arbeitsvorbereiter (m/w/d) und Ihr Interesse an der Lechwerk Maschinenbau GmbH.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden diese sorgfältig prüfen und uns so schnell wie möglich bei Ihnen melden. Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Personalteam der Lechwerk Maschinenbau GmbH

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""",
      company="Lechwerk Maschinenbau", fmt="html", tz="+0000", parent="lw_app"),

    m("sw_ack", ACK, "de", "2026-01-14 07:30",
      ("Stadtwerke Lechfeld – Bewerbermanagement", "no-reply@stadtwerke-lechfeld.example.de"),
      "Ihre Bewerbung – Kennziffer SWL-2026-04",
      """
Sehr geehrte Bewerberin, sehr geehrter Bewerber,

vielen Dank für Ihre Bewerbung bei den Stadtwerken Lechfeld. Ihre Unterlagen sind vollständig bei uns eingegangen.

Aufgrund der Vielzahl an Bewerbungen bitten wir um Verständnis, dass wir nicht jede Bewerberin und jeden Bewerber individuell über den Stand des Verfahrens informieren können. Sollten wir Sie zu einem Vorstellungsgespräch einladen wollen, melden wir uns innerhalb von vier Wochen bei Ihnen.

Mit freundlichen Grüßen
Stadtwerke Lechfeld GmbH
Personal und Organisation
""",
      company="Stadtwerke Lechfeld", cs="iso-8859-1"),

    m("lim_ack", ACK, "de", "2026-02-20 21:14",
      ("Limmat Präzision AG", "noreply@successfactors.eu"),
      "Bestätigung: Ihre Bewerbung für Produktionsplaner Zerspanung (80–100 %)",
      """
Sehr geehrter Herr Grünwald

Vielen Dank für Ihre Bewerbung. Wir bestätigen Ihnen hiermit den Eingang Ihrer Unterlagen für die Stelle Produktionsplaner Zerspanung (80–100 %), Referenz 4471.

Wir prüfen Ihre Bewerbung und melden uns in den nächsten zwei bis drei Wochen bei Ihnen.

Freundliche Grüsse
Human Resources
Limmat Präzision AG
""",
      company="Limmat Präzision", tz="+0000"),

    m("fug_ack", ACK, "de", "2026-01-19 10:02",
      ("Fuggerstadt Präzisionsteile", "noreply@softgarden.io"),
      "Vielen Dank für Ihre Bewerbung!",
      """
Hallo Matthias Grünwald,

schön, dass Sie sich für die Stelle Arbeitsvorbereiter CNC (m/w/d) bei der Fuggerstadt Präzisionsteile GmbH interessieren! Ihre Bewerbung ist bei uns eingegangen.

Wie geht es weiter? Unser Fachbereich sieht sich Ihre Unterlagen an. Das dauert in der Regel zwei bis drei Wochen. Sie erhalten auf jeden Fall eine Rückmeldung von uns.

Viele Grüße
Ihr Recruiting-Team
""",
      company="Fuggerstadt Präzisionsteile", fmt="alt", tz="+0000"),

    m("tv_ack", ACK, "de", "2026-03-16 09:41",
      ("Traunviertel Hydraulik", "noreply@personio.de"),
      "Wir haben Ihre Bewerbung erhalten",
      """
Hallo Matthias,

vielen Dank für Ihre Bewerbung als Arbeitsvorbereiter / Fertigungsplaner (m/w/d) in Linz. Wir haben Ihre Unterlagen erhalten und werden sie in Kürze sichten.

Bitte haben Sie etwas Geduld – wir melden uns, sobald wir Neuigkeiten haben.

Beste Grüße
Traunviertel Hydraulik GmbH
""",
      company="Traunviertel Hydraulik", tz="+0000"),

    m("we_ack", ACK, "de", "2026-03-23 14:44",
      ("Wertach Elektromotoren", "notifications@bamboohr.com"),
      "Danke für Ihre Bewerbung bei Wertach Elektromotoren",
      """
Hallo Matthias,

vielen Dank für Ihre Bewerbung als Produktionsplaner bei Wertach Elektromotoren. Ihre Bewerbung ist eingegangen und wird von unserem Team geprüft.

Falls Ihre Qualifikationen zu unseren Anforderungen passen, kontaktieren wir Sie, um die nächsten Schritte zu besprechen.

Viele Grüße
Wertach Elektromotoren GmbH
""",
      company="Wertach Elektromotoren", tz="+0000", fmt="html"),

    m("hp_paar_ack", ACK, "de", "2026-06-08 10:26",
      ("Jonas Pfeiffer", "j.pfeiffer@hofmann-partner.example.de"),
      "Eingang Ihrer Unterlagen – Paartal Automotive (Ref. HP-2291)",
      """
Sehr geehrter Herr Grünwald,

vielen Dank für Ihre Unterlagen zur Position Leiter Arbeitsvorbereitung (m/w/d) bei unserem Mandanten Paartal Automotive in Aichach. Ihre Bewerbung ist vollständig bei uns eingegangen.

Wir stimmen uns in den kommenden zwei Wochen mit dem Mandanten ab und melden uns dann bei Ihnen.

Herzliche Grüße
Jonas Pfeiffer
""" + sig("Senior Consultant Technik & Produktion",
          "Hofmann & Partner Personalberatung GmbH",
          "Prinzregentenstraße 61 · 81675 München"),
      company="Paartal Automotive", contact="j.pfeiffer@hofmann-partner.example.de",
      cs="windows-1252", cte="quoted-printable"),

    m("ue_ack", ACK, "de", "2026-06-23 08:19",
      ("Simone Keller", "simone.keller@uetliberg-uhrenkomponenten.example.ch"),
      "AW: Initiativbewerbung Produktionsplanung",
      """
Guten Tag Herr Grünwald

Besten Dank für Ihre Initiativbewerbung, die gut bei uns angekommen ist. Ich habe Ihre Unterlagen an unseren Leiter Produktion weitergeleitet.

Aktuell haben wir keine offene Stelle in der Planung, wir prüfen aber, ob in der zweiten Jahreshälfte etwas frei wird, und melden uns in jedem Fall bei Ihnen.

Freundliche Grüsse
Simone Keller
Personal
Uetliberg Uhrenkomponenten AG · Binzstrasse 38 · 8045 Zürich
""",
      company="Uetliberg Uhrenkomponenten",
      contact="simone.keller@uetliberg-uhrenkomponenten.example.ch",
      parent="ue_app", quote=True, qstyle="outlook_de"),

    m("ds_ack", ACK, "de", "2026-06-01 12:03",
      ("Donaustahl Anlagenbau GmbH", "noreply@personio.de"),
      "Ihre Bewerbung bei Donaustahl Anlagenbau",
      """
Sehr geehrter Herr Grünwald,

vielen Dank für Ihre Bewerbung als Produktionsplaner:in Anlagenbau (Linz).

Wir haben Ihre Unterlagen erhalten und werden sie gewissenhaft prüfen. Wir melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

Freundliche Grüße
Ihr HR-Team der Donaustahl Anlagenbau GmbH
Hafenstraße 60, 4020 Linz
""",
      company="Donaustahl Anlagenbau", tz="+0000", fmt="alt"),

    m("im_ack", ACK, "de", "2026-07-06 18:25",
      ("Isarmotion Automotive Systems", "isarmotion@myworkday.com"),
      "Vielen Dank für Ihre Bewerbung – Produktionsplaner (m/w/d) R-2026-1187",
      """
Hallo Matthias,

vielen Dank für Ihr Interesse an Isarmotion Automotive Systems! Wir haben Ihre Bewerbung für die Position Produktionsplaner (m/w/d) am Standort München-Freimann erhalten.

Unser Recruiting-Team prüft nun Ihre Qualifikationen. Den Status Ihrer Bewerbung können Sie jederzeit über Ihr Kandidatenprofil verfolgen.

Mit freundlichen Grüßen
Talent Acquisition
Isarmotion Automotive Systems GmbH
""",
      company="Isarmotion Automotive Systems", tz="+0000", fmt="html"),

    # ================================================================ acknowledgements, English
    m("ke_ack", ACK, "en", "2026-02-11 13:06",
      ("Kestrel Motion Systems", "no-reply@greenhouse-mail.io"),
      "Thank you for applying to Kestrel Motion Systems",
      """
Hi Matthias,

Thanks for your interest in Kestrel Motion Systems! We have received your application for the Production Planner (m/f/d) position in Munich.

Our team is reviewing applications and will be in touch if your skills and experience are a good match for the role.

Regards,
Kestrel Motion Systems Talent Team

**Please note: this email address is not monitored.**
""",
      company="Kestrel Motion Systems", tz="+0000", fmt="alt"),

    m("hg_ack", ACK, "en", "2026-04-02 07:58",
      ("Helvetic Gearworks", "no-reply@teamtailor-mail.com"),
      "Thanks for your application, Matthias!",
      """
Hi Matthias,

Thank you for applying for the Manufacturing Engineer position at Helvetic Gearworks. We have received your application and will review it as soon as possible.

Due to the high number of applications, it can take up to three weeks until you hear from us.

Best regards,
Helvetic Gearworks
""",
      company="Helvetic Gearworks", tz="+0000", fmt="html"),

    m("ng_ack", ACK, "en", "2026-05-04 09:12",
      ("Northgate Precision", "no-reply@hire.lever.co"),
      "Northgate Precision – application received",
      """
Hi Matthias,

Thank you for your application to the Production Planner role in Linz, Austria. Our team has received it and will review it shortly.

We try to respond to every applicant, but please understand that it may take a little while.

Best,
Northgate Precision Talent Team
""",
      company="Northgate Precision", tz="+0000"),

    m("bw_ack", ACK, "en", "2026-01-30 16:21",
      ("Brightwater Tooling Careers", "careers-noreply@icims.com"),
      "Brightwater Tooling: We received your application (Req 52277)",
      """
Dear Matthias Grünwald,

Thank you for applying for the position Manufacturing Planner (Req 52277) in Munich, Germany. Your application has been successfully submitted.

A member of our recruiting team will review your qualifications. If there is a match, we will contact you regarding next steps.

Sincerely,
Brightwater Tooling Talent Acquisition
""",
      company="Brightwater Tooling", tz="-0500", fmt="alt"),

    # ================================================================ acknowledgements, French
    m("rh_ack", ACK, "fr", "2026-02-16 18:30",
      ("Rhénatec Usinage", "noreply@recruitee.com"),
      "Nous avons bien reçu votre candidature",
      """
Bonjour Matthias,

Merci pour votre candidature au poste de Technicien méthodes (H/F) chez Rhénatec Usinage. Nous l'avons bien reçue.

Notre équipe va l'étudier avec attention et reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe Rhénatec Usinage
""",
      company="Rhénatec Usinage", tz="+0000", fmt="html", parent="rh_app"),

    m("af_ack", ACK, "fr", "2026-04-09 06:45",
      ("Ateliers Ferroviaires du Neudorf", "noreply@taleo.net"),
      "Accusé de réception de votre candidature – Réf. AFN-0317",
      """
Monsieur Matthias Grünwald,

Nous accusons réception de votre candidature au poste de Planificateur de maintenance matériel roulant (réf. AFN-0317) et vous remercions de l'intérêt que vous portez à notre établissement.

Votre dossier sera étudié avec la plus grande attention. En raison du nombre important de candidatures, nous ne sommes pas en mesure de répondre individuellement à chacune d'entre elles ; nous reviendrons vers vous si votre profil est retenu pour la suite du processus.

Le service Recrutement
Ateliers Ferroviaires du Neudorf
""",
      company="Ateliers Ferroviaires du Neudorf", tz="+0000", cs="iso-8859-1"),

    m("amp_ack", ACK, "fr", "2026-05-11 16:08",
      ("Nathalie Kieffer", "n.kieffer@amp-alsace.example.fr"),
      "Réception de votre candidature",
      """
Bonjour Monsieur Grünwald,

Je vous remercie pour votre candidature au poste de préparateur méthodes, que j'ai bien reçue.

Je la transmets à notre responsable de production et reviendrai vers vous d'ici deux semaines.

Bien cordialement,
Nathalie Kieffer
Chargée de recrutement
Alsace Mécanique de Précision
""" + "\n" + DISCLAIMER_FR,
      company="Alsace Mécanique de Précision", contact="n.kieffer@amp-alsace.example.fr",
      fmt="alt"),

    m("ir_ack", ACK, "fr", "2026-07-08 11:11",
      ("Illkirch Robotique", "noreply@workablemail.com"),
      "Merci pour votre candidature chez Illkirch Robotique",
      """
Bonjour Matthias,

Merci d'avoir postulé au poste d'Ingénieur industrialisation chez Illkirch Robotique ! Votre candidature a bien été reçue.

Nous examinons chaque candidature avec soin et vous tiendrons informé de la suite.

Cordialement,
L'équipe Talents
""",
      company="Illkirch Robotique", tz="+0000"),

    # ================================================================ acknowledgements, Spanish
    m("nv_ack", ACK, "es", "2026-03-10 09:27",
      ("Ane Etxeberria", "ane.etxeberria@nervion-mecanizados.example.es"),
      "RE: Candidatura Planificador de Producción – Matthias Grünwald",
      """
Hola Matthias:

Te confirmo que hemos recibido tu candidatura y tu CV. Gracias por tu interés en Nervión Mecanizados.

Estamos recogiendo candidaturas hasta finales de la semana que viene; después revisaremos todos los perfiles y te diremos algo.

Un saludo,
Ane Etxeberria
Técnica de Selección · Nervión Mecanizados
""",
      company="Nervión Mecanizados", contact="ane.etxeberria@nervion-mecanizados.example.es",
      parent="nv_app", quote=True, qstyle="es"),

    m("td_ack", ACK, "es", "2026-05-18 15:33",
      ("Talleres Deusto Automoción", "noreply@smartrecruiters.com"),
      "Hemos recibido tu candidatura",
      """
Hola Matthias,

¡Gracias por presentar tu candidatura para Planificador/a de Producción en Talleres Deusto Automoción!

Nuestro equipo de selección revisará tu perfil. Si encaja con lo que buscamos, nos pondremos en contacto contigo para los próximos pasos.

Saludos,
Equipo de Personas
Talleres Deusto Automoción
""",
      company="Talleres Deusto Automoción", tz="+0000", fmt="alt"),

    m("rc_ack", ACK, "es", "2026-08-04 10:50",
      ("Ría Componentes", "noreply@recruitee.com"),
      "Gracias por tu candidatura, Matthias",
      """
Hola Matthias,

Hemos recibido tu candidatura para el puesto de Ingeniero/a de Procesos. ¡Gracias por pensar en nosotros!

Revisaremos tu perfil y te contactaremos si avanzas a la siguiente fase. No podemos responder individualmente a todas las personas candidatas, pero leemos todas las candidaturas.

El equipo de Ría Componentes
""",
      company="Ría Componentes", tz="+0000", fmt="html"),

    # ================================================================ offers
    m("lp_offer", OFF, "de", "2026-03-03 12:14",
      ("Katrin Mayr", "k.mayr@lechpersonal.example.de"),
      "Ihr Arbeitsvertrag – Einsatz Arbeitsvorbereitung ab 16.03.",
      """
Hallo Herr Grünwald,

schön, dass es mit dem Ersatztermin geklappt hat! Wie besprochen können wir Ihnen einen Einsatz als Mitarbeiter Arbeitsvorbereitung bei einem unserer Kunden in Gersthofen anbieten, Start am Montag, 16. März 2026.

Im Anhang finden Sie Ihren Arbeitsvertrag (Entgeltgruppe EG 5 nach Tarifvertrag, Vollzeit, unbefristet) sowie die Einsatzbeschreibung. Bitte unterschreiben Sie beide Exemplare und bringen Sie sie bis Donnerstag vorbei oder schicken Sie uns einen Scan.

Beste Grüße
Katrin Mayr
Lechpersonal Zeitarbeit GmbH
""",
      company="Lechpersonal", contact="k.mayr@lechpersonal.example.de",
      attach=[("Arbeitsvertrag_Gruenwald.pdf", [
          "Lechpersonal Zeitarbeit GmbH - Arbeitsvertrag",
          "Arbeitnehmer: Matthias Grünwald, Augsburg",
          "Beginn: 16.03.2026, unbefristet, Vollzeit 35 Std./Woche",
          "Tätigkeit: Mitarbeiter Arbeitsvorbereitung (Kundeneinsatz)",
          "Vergütung: EG 5 zzgl. Branchenzuschlag",
          "Unterschrift Arbeitnehmer: ____________________",
      ])],
      parent="lp_missed"),

    m("ds_offer", OFF, "de", "2026-08-21 14:02",
      ("Herbert Pichler", "herbert.pichler@donaustahl.example.at"),
      "Ihre Zukunft bei Donaustahl",
      """
Lieber Herr Grünwald,

wie heute am Telefon schon angekündigt, freue ich mich sehr, Ihnen auch schriftlich mitzuteilen: Wir möchten Ihnen die Stelle als Produktionsplaner in unserem Werk Linz anbieten.

Der Schnuppertag hat uns alle überzeugt – besonders Ihr Blick für die Engpässe an der Brennschneidanlage. Eckdaten unseres Angebots: Eintritt nach Vereinbarung, idealerweise 1. Oktober 2026, Bruttojahresgehalt 58.500 EUR (14 Gehälter, KV Metallindustrie), Gleitzeit, Unterstützung bei der Wohnungssuche in Linz.

Frau Strasser schickt Ihnen in den nächsten Tagen den Dienstvertrag zu. Ich würde mich sehr freuen, Sie bald im Team zu haben!

Herzliche Grüße
Ing. Herbert Pichler
Werksleiter Linz
Donaustahl Anlagenbau GmbH
""" + "\n" + DISCLAIMER_DE,
      company="Donaustahl Anlagenbau", contact="elisabeth.strasser@donaustahl.example.at",
      reply_to=("Elisabeth Strasser", "elisabeth.strasser@donaustahl.example.at"),
      cc=[("Elisabeth Strasser", "elisabeth.strasser@donaustahl.example.at")],
      parent="ds_trial"),

    m("ds_contract", OFF, "de", "2026-08-28 10:17",
      ("Elisabeth Strasser", "elisabeth.strasser@donaustahl.example.at"),
      "Dienstvertrag zur Unterschrift – Produktionsplaner Linz",
      """
Sehr geehrter Herr Grünwald,

wie von Herrn Ing. Pichler angekündigt, erhalten Sie anbei Ihren Dienstvertrag in zweifacher Ausfertigung sowie unser Informationsblatt zur Übersiedlung.

Bitte senden Sie uns ein unterschriebenes Exemplar bis spätestens 11. September 2026 zurück – gern vorab als Scan an diese Adresse. Bei Fragen zu einzelnen Punkten rufen Sie mich jederzeit an.

Mit freundlichen Grüßen
Mag. Elisabeth Strasser
HR Business Partner
Donaustahl Anlagenbau GmbH · Hafenstraße 60 · 4020 Linz
T +43 732 5550 4411
""",
      company="Donaustahl Anlagenbau", contact="elisabeth.strasser@donaustahl.example.at",
      attach=[("Dienstvertrag_Gruenwald_Donaustahl.pdf", [
          "Donaustahl Anlagenbau GmbH - Dienstvertrag",
          "Dienstnehmer: Matthias Grünwald",
          "Verwendung: Produktionsplaner, Werk Linz",
          "Beginn: 01.10.2026; Probezeit 1 Monat",
          "Entgelt: EUR 4.178,57 brutto x 14 (KV Metallindustrie)",
          "Unterschrift Dienstnehmer: ____________________",
      ]), ("Info_Uebersiedlung_Linz.pdf", [
          "Übersiedlung nach Linz - Informationen für neue Mitarbeitende",
          "Meldezettel, Bankkonto, e-card, Wohnungsbörse",
      ])],
      parent="ds_offer"),

    m("im_offer", OFF, "de", "2026-09-22 17:31",
      ("Stefan Amberger", "stefan.amberger@isarmotion.example.de"),
      "Angebot Produktionsplaner – Zusammenfassung unseres Telefonats",
      """
Hallo Herr Grünwald,

wie eben am Telefon besprochen, hier noch einmal schriftlich: Wir möchten Sie sehr gern als Produktionsplaner in meinem Team in Freimann einstellen!

Die Eckpunkte: unbefristete Festanstellung, Entgeltgruppe EG 11 nach ERA Bayern, 35-Stunden-Woche mit Gleitzeit, Start zum 1. November oder später nach Absprache, zwei Tage mobiles Arbeiten pro Woche nach der Einarbeitung.

Das formelle Angebotsschreiben schickt Ihnen Frau Vogl in den nächsten Tagen. Ich weiß, dass Sie noch ein weiteres Angebot haben – sprechen Sie mich gern an, wenn Fragen offen sind.

Viele Grüße
Stefan Amberger
Teamleiter Produktionsplanung
Isarmotion Automotive Systems GmbH
""",
      company="Isarmotion Automotive Systems", contact="stefan.amberger@isarmotion.example.de",
      cc=[("Christina Vogl", "christina.vogl@isarmotion.example.de")],
      fmt="alt"),

    m("im_letter", OFF, "de", "2026-09-29 11:05",
      ("Christina Vogl", "christina.vogl@isarmotion.example.de"),
      "Ihr Vertragsangebot – Isarmotion Automotive Systems",
      """
Hallo Herr Grünwald,

anbei erhalten Sie unser Vertragsangebot für die Position Produktionsplaner (m/w/d) sowie den Arbeitsvertrag zur Unterschrift.

Bitte lassen Sie uns Ihre Entscheidung bis zum 9. Oktober 2026 wissen. Sie können den Vertrag digital über den Link in Workday oder per Post unterschreiben.

Wir freuen uns auf Ihre Antwort!

Beste Grüße
Christina Vogl
Talent Acquisition
Isarmotion Automotive Systems GmbH · Frankfurter Ring 230 · 80807 München
""",
      company="Isarmotion Automotive Systems", contact="christina.vogl@isarmotion.example.de",
      attach=[("Angebotsschreiben_Isarmotion_Gruenwald.pdf", [
          "Isarmotion Automotive Systems GmbH - Vertragsangebot",
          "Herrn Matthias Grünwald",
          "Position: Produktionsplaner (m/w/d), Werk München-Freimann",
          "Eintritt: 01.11.2026, unbefristet",
          "Vergütung: ERA Bayern EG 11, 35 Std./Woche, Gleitzeit",
          "Annahmefrist: 09.10.2026",
      ])],
      parent="im_offer"),

    m("at_offer", OFF, "en", "2026-08-13 18:48",
      ("Oliver Grant", "oliver.grant@alpinetalent.example.ch"),
      "Offer from Zugersee Automation",
      """
Hi Matthias,

Great news – Zugersee Automation would like to offer you the Production Planning Lead role in Cham!

Headline terms: CHF 102,000 base, 13th month salary, 25 days holiday, start 1 November, with relocation support of up to CHF 8,000. The written offer will come directly from their HR team, but they asked me to pass on the verbal offer today.

I know you're in other processes too. Could you let me know by the end of next week how you'd like to proceed? Happy to talk it through this evening.

Cheers,
Oliver

Oliver Grant | Partner
Alpine Talent Partners | +41 44 555 0197
""",
      company="Zugersee Automation", contact="oliver.grant@alpinetalent.example.ch",
      fmt="alt"),

    m("md_offer", OFF, "en", "2026-07-01 14:40",
      ("Sophie Lang", "sophie.lang@meridian-drive.example.com"),
      "Offer of employment – Manufacturing Engineer",
      """
Dear Matthias,

Following your interview with David Kerr last week, I am delighted to offer you the position of Manufacturing Engineer at Meridian Drive Components in Munich.

Please find attached your offer letter with the details of salary, benefits and start date. We would appreciate your response by 10 July 2026.

Congratulations, and we hope to welcome you on board soon.

Kind regards,
Sophie Lang
HR Manager | Meridian Drive Components GmbH
""",
      company="Meridian Drive Components", contact="sophie.lang@meridian-drive.example.com",
      attach=[("Offer_Letter_Gruenwald.pdf", [
          "Meridian Drive Components GmbH - Offer of Employment",
          "Candidate: Matthias Grünwald",
          "Position: Manufacturing Engineer, Munich-Moosach",
          "Start date: 1 September 2026 (fixed-term, 24 months)",
          "Annual salary: EUR 61,000 gross",
          "Please sign and return by 10 July 2026.",
      ])],
      parent="md_move"),

    m("ho_offer", OFF, "fr", "2026-08-31 16:25",
      ("Thomas Roth", "t.roth@haguenau-outillage.example.fr"),
      "Proposition d'embauche – Préparateur planificateur",
      """
Bonjour Monsieur Grünwald,

Suite à votre journée d'essai, qui s'est très bien passée, j'ai le plaisir de vous proposer le poste de préparateur – planificateur au sein de Haguenau Outillage.

Vous trouverez ci-joint notre promesse d'embauche : CDI, statut technicien, 39 heures hebdomadaires, rémunération annuelle brute de 38 000 euros sur 13 mois, prise de poste souhaitée le 2 novembre 2026.

Je vous remercie de nous faire part de votre décision d'ici le 11 septembre.

Cordialement,
Thomas Roth
Directeur de production
Haguenau Outillage
""",
      company="Haguenau Outillage", contact="t.roth@haguenau-outillage.example.fr",
      attach=[("Promesse_embauche_Gruenwald.pdf", [
          "Haguenau Outillage SARL - Promesse d'embauche",
          "M. Matthias Grünwald",
          "Poste : Préparateur - planificateur, CDI",
          "Rémunération : 38 000 EUR bruts annuels sur 13 mois",
          "Date d'entrée : 02/11/2026",
      ])],
      parent="ho_move"),

    m("ct_offer", OFF, "es", "2026-09-08 13:05",
      ("Lucía Ortega", "lucia.ortega@cantabrico-talento.example.es"),
      "¡Oferta de Aceros Barakaldo!",
      """
Hola Matthias:

¡Enhorabuena! Aceros Barakaldo me acaba de confirmar que quieren ofrecerte el puesto de Responsable de Planificación en su planta de Barakaldo.

Las condiciones que me han trasladado: contrato indefinido, 46.000 euros brutos anuales en 14 pagas, jornada intensiva los viernes e incorporación en noviembre. La carta de oferta formal te llegará directamente de su departamento de personas esta semana.

Llámame cuando puedas y lo comentamos.

Un abrazo,
Lucía Ortega
Consultora de Selección · Cantábrico Talento · 944 555 318
""",
      company="Aceros Barakaldo", contact="lucia.ortega@cantabrico-talento.example.es",
      cs="iso-8859-1", cte="base64"),

    m("uz_offer", OFF, "es", "2026-07-24 12:33",
      ("Jon Agirre", "jon.agirre@utillajes-zorrotza.example.es"),
      "Propuesta de incorporación",
      """
Hola Matthias:

Gracias de nuevo por venir a la prueba; nos gustó mucho cómo resolviste la hoja de ruta del utillaje.

Nos gustaría ofrecerte el puesto de Técnico de Planificación con contrato indefinido, 39.000 euros brutos anuales y incorporación el 1 de septiembre. Te adjunto la propuesta por escrito.

Si tienes cualquier duda, llámame. Nos encantaría contar contigo.

Un saludo,
Jon Agirre
Gerente · Utillajes Zorrotza
""",
      company="Utillajes Zorrotza", contact="jon.agirre@utillajes-zorrotza.example.es",
      attach=[("Propuesta_Gruenwald.pdf", [
          "Utillajes Zorrotza S.L. - Propuesta de incorporación",
          "Candidato: Matthias Grünwald",
          "Puesto: Técnico de Planificación",
          "Contrato indefinido - 39.000 EUR brutos anuales",
          "Incorporación: 01/09/2026",
      ])],
      parent="uz_inv", quote=True, qstyle="es"),
]
