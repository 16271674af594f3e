"""Corpus 55 data: application acknowledgements (see make_fiftyfifth.py). Standard library only.

Several say that not every applicant gets an answer or that no individual feedback is given:
they remain acknowledgements, the application is still open.
"""

from __future__ import annotations

from msgs55_common import forwarded, m

A = "application_received"

MESSAGES = [
    # ---------------------------------------------------------------- German
    m(A, "workday_eingang", "de", "Klinikverbund Nordheide <kvnordheide@myworkday.com>",
      "Vielen Dank für Ihre Bewerbung", "2026-01-12T22:41:00+01:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nvielen Dank für Ihre Bewerbung als "
      "Stationsleitung Intensivmedizin (R-204417). Wir haben Ihre Unterlagen erhalten und "
      "werden sie sorgfältig prüfen.\n\nDen aktuellen Status können Sie jederzeit in Ihrem "
      "Kandidatenprofil einsehen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n"
      "Klinikverbund Nordheide\n\nDiese E-Mail wurde automatisch erstellt.",
      co="Klinikverbund Nordheide", ct="", fmt="alt"),
    m(A, "softgarden_eingang_keine_einzelantwort", "de",
      "Diakoniewerk Elbe-Weser <noreply@softgarden.io>",
      "Eingangsbestätigung: Pflegedienstleitung (m/w/d) ambulant", "2026-01-16T10:02:00+01:00",
      "",
      html="<html><body><table style='width:600px;font-family:Verdana;font-size:13px'><tr><td>"
      "<img src='https://static.softgarden.example.net/logo_dew.png' alt='Diakoniewerk "
      "Elbe-Weser Logo'><p>Sehr geehrte Frau Osterhagen-Yılmaz,</p><p>vielen Dank für Ihre "
      "Bewerbung als Pflegedienstleitung (m/w/d) ambulant. Ihre Unterlagen sind vollständig "
      "bei uns eingegangen.</p><p>Aufgrund der sehr hohen Zahl an Bewerbungen bitten wir um "
      "etwas Geduld; wir melden uns in ca. drei Wochen bei Ihnen. Bitte sehen Sie von "
      "telefonischen Nachfragen ab.</p><p>Mit freundlichen Grüßen<br>Britta Kühl<br>"
      "Personalabteilung</p></td></tr></table></body></html>",
      co="Diakoniewerk Elbe-Weser", ct="", cte="base64"),
    m(A, "personio_eingang_du", "de", "Docly Team <jobs@docly.jobs.personio.de>",
      "Danke für deine Bewerbung! 💙", "2026-01-22T13:10:00+01:00",
      "Hi Friederike,\n\nschön, dass du dich für die Stelle Clinical Operations Lead "
      "interessierst! Deine Bewerbung ist bei uns angekommen.\n\nWir schauen uns jede "
      "Bewerbung persönlich an – gib uns bitte bis zu zwei Wochen Zeit. Leider können wir "
      "in dieser Phase kein individuelles Feedback geben.\n\nBis bald\nDein Docly Team",
      co="Docly", ct="", fmt="alt"),
    m(A, "uni_eingang_interamt", "de",
      "Universitätsmedizin Rostock-Warnow <bewerbermanagement@dvinci-mail.example.de>",
      "Eingangsbestätigung Ihrer Bewerbung – Kennziffer 112/26", "2026-04-03T09:00:00+02:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nhiermit bestätigen wir den Eingang Ihrer "
      "Bewerbung über Interamt für die Stelle Projektmanagerin Digitalisierung Pflege.\n\n"
      "Das Auswahlverfahren wird voraussichtlich bis Ende Mai abgeschlossen sein. Wir "
      "bitten Sie, bis dahin von Sachstandsanfragen abzusehen.\n\n"
      "Mit freundlichen Grüßen\nIhr Team Personalgewinnung\n"
      "Universitätsmedizin Rostock-Warnow – Körperschaft des öffentlichen Rechts",
      co="Universitätsmedizin Rostock-Warnow", ct="", cte="8bit"),
    m(A, "kasse_eingang_windows1252", "de",
      "Rhein-Sieg Gesundheitskasse Personalservice <personal@rsgk.example.de>",
      "Ihre Bewerbung – Kennziffer 2026-031", "2026-02-06T11:45:00+01:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nfür Ihre Bewerbung als Fallmanagerin Pflege "
      "bedanken wir uns. Ihre Unterlagen liegen uns vor.\n\nBitte haben Sie Verständnis, "
      "dass die Sichtung aller Bewerbungen einige Zeit in Anspruch nimmt. Sie erhalten "
      "unaufgefordert Nachricht von uns.\n\nMit freundlichen Grüßen\nIm Auftrag\nS. Brandt\n"
      "Rhein-Sieg Gesundheitskasse – Geschäftsbereich Personal",
      co="Rhein-Sieg Gesundheitskasse", ct="personal@rsgk.example.de", cs="windows-1252"),
    m(A, "oesterreich_eingang_jaenner", "de",
      "Gesundheitsverbund Steiermark Süd <bewerbung@gvss.example.at>",
      "Bestätigung Ihrer Bewerbung (Ref. 2026-0117)", "2026-01-13T07:30:00+01:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz!\n\nWir bestätigen den Eingang Ihrer Bewerbung "
      "vom 12. Jänner 2026. Ihre Unterlagen werden an die zuständige Abteilung "
      "weitergeleitet.\n\nMit freundlichen Grüßen\nPersonalmanagement\n"
      "Gesundheitsverbund Steiermark Süd",
      co="Gesundheitsverbund Steiermark Süd", ct="bewerbung@gvss.example.at",
      cs="iso-8859-1"),
    m(A, "schweiz_abacus_eingang", "de",
      "Kantonsspital Aarewald <jobs-noreply@abacus-mail.example.ch>",
      "Ihre Bewerbung ist bei uns eingegangen", "2026-03-28T16:16:00+01:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz\n\nBesten Dank für Ihre Bewerbung als "
      "Fachexpertin Patientensicherheit. Wir prüfen Ihr Dossier und melden uns so bald wie "
      "möglich.\n\nWir bitten Sie um Verständnis, dass wir aufgrund der Vielzahl an "
      "Bewerbungen keine individuellen Zwischenbescheide versenden.\n\nFreundliche Grüsse\n"
      "HR Kantonsspital Aarewald",
      co="Kantonsspital Aarewald", ct="", fmt="alt"),
    m(A, "pflegeheim_kurz_persoenlich", "de",
      "Frank Heitmann <f.heitmann@pflegezentrum-am-see.example.de>",
      "AW: Bewerbung als Wohnbereichsleitung", "2026-05-29T08:12:00+02:00",
      "Guten Morgen Frau Osterhagen-Yılmaz,\n\ndanke für Ihre Unterlagen, sind angekommen. "
      "Ich schau sie mir am Wochenende in Ruhe an und melde mich nächste Woche.\n\n"
      "Gruß F. Heitmann\nEinrichtungsleitung Pflegezentrum am See",
      co="Pflegezentrum am See", ct="f.heitmann@pflegezentrum-am-see.example.de", re=True),
    m(A, "haufe_eingang_pharma", "de",
      "Bayreuther Pharma Karriere <careers@successfactors.eu>",
      "Bewerbungseingang – Medical Science Liaison Onkologie (m/w/d)",
      "2026-02-27T23:05:00+01:00",
      "Sehr geehrte/r Friederike Osterhagen-Yılmaz,\n\nwir bestätigen den Eingang Ihrer "
      "Bewerbung für die Position Medical Science Liaison Onkologie (m/w/d), Job-ID 88412.\n\n"
      "Unser Talent-Acquisition-Team wird Ihre Unterlagen prüfen. Sollte Ihr Profil zu "
      "unseren Anforderungen passen, werden wir uns mit Ihnen in Verbindung setzen. "
      "Aufgrund des hohen Bewerbungsaufkommens können wir leider nicht jeder Bewerberin und "
      "jedem Bewerber individuell antworten.\n\nFreundliche Grüße\nTalent Acquisition\n"
      "Bayreuther Pharma\n\n*** Dies ist eine automatisch generierte E-Mail. ***",
      co="Bayreuther Pharma", ct="", fmt="alt", cte="base64"),
    m(A, "bundesagentur_weitergeleitet", "de",
      "Bewerbungsservice Medizintechnik Halle <bewerbung@mt-halle.example.de>",
      "Ihre Bewerbung über die Jobbörse der Bundesagentur für Arbeit",
      "2026-07-20T10:55:00+02:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nIhre Bewerbung über die Jobbörse der "
      "Bundesagentur für Arbeit auf unsere Stelle „Medizinprodukteberaterin Innendienst“ "
      "ist bei uns eingegangen. Vielen Dank!\n\nWir sammeln zunächst alle Bewerbungen bis "
      "zum Ende der Ausschreibungsfrist am 31. Juli und melden uns danach. Zu diesem Zeitpunkt "
      "können wir leider noch keine Rückmeldung zum Stand geben.\n\n"
      "Freundliche Grüße\nAndrea Wilke\nPersonal\nMedizintechnik Halle",
      co="Medizintechnik Halle", ct="bewerbung@mt-halle.example.de"),
    # ---------------------------------------------------------------- English
    m(A, "greenhouse_received", "en",
      "Lumenhealth Recruiting <no-reply@us.greenhouse-mail.io>",
      "Thank you for applying to Lumenhealth", "2026-01-25T03:12:00+00:00",
      "Hi Friederike,\n\nThanks for applying for the Clinical Implementation Specialist "
      "(DACH) position. Our team will review your application and if there's a fit we'll "
      "be in touch about next steps.\n\nDue to the volume of applications we receive, we "
      "are unable to respond to every applicant individually.\n\nThanks again,\n"
      "Lumenhealth Talent Team",
      co="Lumenhealth", ct="", fmt="alt"),
    m(A, "smartrecruiters_kenya_received", "en",
      "Afyanet Health Careers <careers@smartrecruiters.com>",
      "Thank you for your application", "2026-06-02T08:20:00+03:00",
      "Dear Friederike,\n\nThank you for your interest in Afyanet Health. We confirm receipt "
      "of your application for the Quality & Patient Safety Advisor position.\n\nOnly "
      "shortlisted candidates will be contacted. Unfortunately we are unable to provide "
      "individual feedback at this stage.\n\nKind regards,\nPeople & Culture\nAfyanet Health",
      co="Afyanet Health", ct="", fmt="alt"),
    m(A, "indian_acknowledgement", "en",
      "HR Desk - Sanjeevani MedTech <hr.desk@sanjeevanimedtech.example.in>",
      "Acknowledgement – Field Clinical Specialist (Europe)", "2026-04-02T12:10:00+05:30",
      "Dear Friederike,\n\nGreetings from Sanjeevani MedTech!\n\nThis is to acknowledge "
      "receipt of your application. Your profile is under review with the concerned "
      "department and we shall revert at the earliest.\n\nWarm Regards,\n"
      "Team Talent Acquisition\nSanjeevani MedTech",
      co="Sanjeevani MedTech", ct="hr.desk@sanjeevanimedtech.example.in"),
    m(A, "taleo_received_oddformat", "en",
      "Corvane Pharma Careers <corvane@taleo.net>",
      "Corvane Pharma - Application Received - Req ID: 2600173", "2026-08-11T14:03:00+00:00",
      "Dear Friederike Osterhagen-Yılmaz ,\n\n\nThank you for applying to the position of "
      "Medical Affairs Manager - Nephrology (DE) , Req ID 2600173 .\n\n\n"
      "Your application has been successfully submitted .  We will review your "
      "qualifications and contact you should there be a match .\n\nTo check the status of "
      "your application at any time, log in to your Candidate Profile .\n\n\n"
      "Sincerely ,\nCorvane Pharma Talent Acquisition\n\n"
      "*Please do not reply to this message. Replies to this message are routed to an "
      "unmonitored mailbox.",
      co="Corvane Pharma", ct=""),
    m(A, "forwarded_by_friend_referral", "en",
      "Leonie Brandt <leonie.brandt@nordvital.example.dk>",
      "Fwd: Referral received", "2026-04-14T09:31:00+02:00",
      "Hi Friederike, just FYI - your referral went through, so HR has your application for "
      "the Clinical Specialist role now. Fingers crossed! L."
      + forwarded("NordVital Talent <talent@nordvital.example.dk>",
                  "Tue, 14 Apr 2026 at 08:50",
                  "Referral received: Friederike Osterhagen-Yılmaz",
                  "Hi Leonie,\nThank you for referring Friederike Osterhagen-Yılmaz for "
                  "Clinical Specialist, Infusion Systems. We have received her application "
                  "and will review it in the coming weeks.\nNordVital Talent"),
      co="NordVital Medical", ct="leonie.brandt@nordvital.example.dk"),
    # ---------------------------------------------------------------- French
    m(A, "fr_accuse_reception", "fr",
      "Clinique Rhénane <recrutement@clinique-rhenane.example.fr>",
      "Accusé de réception de votre candidature", "2026-03-09T15:20:00+01:00",
      "Madame,\n\nNous accusons bonne réception de votre candidature au poste de cadre de "
      "santé en chirurgie et vous en remercions.\n\nCelle-ci va être étudiée avec attention. "
      "En raison du nombre important de candidatures, nous ne serons malheureusement pas en "
      "mesure de répondre à chacune individuellement.\n\nCordialement,\n"
      "Service des Ressources Humaines\nClinique Rhénane – Strasbourg",
      co="Clinique Rhénane", ct="recrutement@clinique-rhenane.example.fr", cs="iso-8859-1"),
    m(A, "fr_lux_bien_recu", "fr",
      "Lux Santé Mutuelle – Recrutement <jobs@lux-sante-mutuelle.example.lu>",
      "Candidature bien reçue", "2026-05-30T10:10:00+02:00",
      "Bonjour Madame Osterhagen-Yılmaz,\n\nNous avons bien reçu votre candidature pour le "
      "poste de Gestionnaire de cas – assurance dépendance. Notre équipe l'examine "
      "actuellement et reviendra vers vous dans les meilleurs délais.\n\nBelle journée,\n"
      "L'équipe Recrutement\nLux Santé Mutuelle",
      co="Lux Santé Mutuelle", ct="jobs@lux-sante-mutuelle.example.lu", fmt="alt"),
    # ---------------------------------------------------------------- Spanish
    m(A, "es_recibida_infojobs_style", "es",
      "Hospital Levante <notificaciones@hospitallevante-empleo.example.es>",
      "Hemos recibido tu candidatura", "2026-04-10T19:40:00+02:00",
      "Hola Friederike:\n\n¡Gracias por inscribirte en la oferta Supervisora de enfermería – "
      "Bloque quirúrgico! Tu candidatura ha quedado registrada correctamente.\n\n"
      "Debido al elevado número de candidaturas, solo contactaremos con las personas "
      "preseleccionadas. Puedes consultar el estado en tu área privada.\n\n"
      "Equipo de Personas\nHospital Levante",
      co="Hospital Levante", ct="", fmt="alt", cte="base64"),
    m(A, "es_acuse_formal_pharma", "es",
      "Laboratorios Albéniz <noreply@taleo.net>",
      "Confirmación de candidatura – Medical Advisor (Req. 26-0412)",
      "2026-08-03T09:25:00+02:00",
      "Estimada Sra. Osterhagen-Yılmaz:\n\nLe confirmamos que hemos recibido su candidatura "
      "para el puesto de Medical Advisor. Nuestro equipo de selección la revisará "
      "detenidamente.\n\nLamentablemente no podemos ofrecer una respuesta personalizada a "
      "cada candidato en esta fase.\n\nAtentamente,\nLaboratorios Albéniz",
      co="Laboratorios Albéniz", ct="", fmt="alt"),
    m(A, "es_startup_recibido_casual", "es",
      "Paula Iglesias <paula@saludia.example.com>", "Recibido 👍",
      "2026-06-26T12:02:00+02:00",
      "¡Hola Friederike!\n\nTe confirmo que me ha llegado tu CV para Customer Success "
      "(Aseguradoras). Esta semana lo revisamos con el equipo y te cuento algo el lunes como "
      "muy tarde.\n\n¡Gracias por escribirnos!\nPaula\nPeople Lead · Saludia",
      co="Saludia", ct="paula@saludia.example.com"),
]
