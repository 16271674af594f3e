"""Corpus 55 data: rejections and offers (see make_fiftyfifth.py). Standard library only."""

from __future__ import annotations

from msgs55_common import de_quote, es_quote, gmail, m, outlook

R = "rejection"
OFF = "offer"

MESSAGES = [
    # ---------------------------------------------------------------- rejections, German
    m(R, "workday_klinikverbund_absage", "de",
      "Klinikverbund Nordheide <kvnordheide@myworkday.com>",
      "Ihre Bewerbung als Stationsleitung Intensivmedizin (R-204417)", "2026-01-19T07:02:00+01:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\n"
      "vielen Dank für Ihr Interesse an der Position Stationsleitung Intensivmedizin (R-204417) "
      "an unserem Standort Bremen-Ost.\n\n"
      "Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir "
      "Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.\n\n"
      "Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Gerne können Sie sich über "
      "unser Karriereportal auf weitere offene Stellen bewerben.\n\n"
      "Mit freundlichen Grüßen\nIhr Recruiting-Team\nKlinikverbund Nordheide\n\n"
      "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
      co="Klinikverbund Nordheide", ct="", fmt="alt"),
    m(R, "hm_mobile_kurz", "de", "Dr. Jens Ahlers <j.ahlers@medivera-kliniken.example.de>",
      "AW: Hospitation nächste Woche?", "2026-01-27T21:48:00+01:00",
      "Hallo Frau Osterhagen-Yilmaz,\nsorry für die späte Rückmeldung. Wir haben uns intern "
      "für eine Kollegin aus dem eigenen Haus entschieden, die Hospitation brauchen wir daher "
      "nicht mehr. Tut mir leid, ich hätte Sie gern im Team gehabt.\nLG J. Ahlers\n\n"
      "Von meinem iPhone gesendet"
      + de_quote("Friederike Osterhagen-Yılmaz <f.osterhagen@example.de>",
                 "21.01.2026 um 10:14",
                 "Sehr geehrter Herr Dr. Ahlers,\npasst Ihnen der Dienstag für die Hospitation "
                 "auf der 4B?\nViele Grüße\nFriederike Osterhagen-Yılmaz"),
      co="Medivera Kliniken", ct="j.ahlers@medivera-kliniken.example.de", re=True, cte="8bit"),
    m(R, "personio_telemed_absage_du", "de",
      "Docly Team <jobs@docly.jobs.personio.de>", "Deine Bewerbung bei Docly",
      "2026-02-03T16:20:00+01:00",
      "Hi Friederike,\n\n"
      "danke dir für deine Bewerbung als Clinical Operations Lead und die Zeit, die du dir "
      "für uns genommen hast!\n\n"
      "Wir haben lange überlegt, uns am Ende aber für jemanden entschieden, der schon "
      "Erfahrung im Aufbau von Telemedizin-Prozessen in einem Start-up mitbringt. Das ist "
      "eine Entscheidung für eine andere Person und nicht gegen dich.\n\n"
      "Wir würden uns freuen, wenn wir in Kontakt bleiben – folge uns gern auf LinkedIn.\n\n"
      "Viele Grüße aus Berlin\nMarlene von Docly\n\n"
      "Docly GmbH · Torstraße 140 · 10119 Berlin · Amtsgericht Charlottenburg HRB 000000",
      co="Docly", ct="marlene.huebner@docly.example.com", rt="Marlene Hübner <marlene.huebner@docly.example.com>",
      fmt="alt"),
    m(R, "softgarden_stelle_besetzt", "de",
      "Diakoniewerk Elbe-Weser <noreply@softgarden.io>",
      "Ihre Bewerbung: Pflegedienstleitung (m/w/d) ambulant", "2026-02-10T11:31:00+01:00",
      "",
      html="<html><body><table style='width:600px;font-family:Verdana'><tr><td>"
      "<img src='https://static.softgarden.example.net/logo_dew.png' alt='Diakoniewerk "
      "Elbe-Weser Logo'></td></tr><tr><td style='font-size:13px'>"
      "<p>Sehr geehrte Frau Osterhagen-Yılmaz,</p>"
      "<p>herzlichen Dank für Ihre Bewerbung und Ihr Vertrauen in unser Haus.</p>"
      "<p>Wir möchten Sie heute darüber informieren, dass die Stelle zwischenzeitlich "
      "besetzt werden konnte. Aus diesem Grund ist eine Berücksichtigung Ihrer Bewerbung "
      "leider nicht mehr möglich.</p>"
      "<p>Ihre Daten werden gemäß Art. 17 DSGVO nach sechs Monaten gelöscht.</p>"
      "<p>Wir wünschen Ihnen Gottes Segen und alles Gute für Ihren weiteren Weg.</p>"
      "<p>Mit freundlichen Grüßen<br>Britta Kühl<br>Personalabteilung</p>"
      "</td></tr><tr><td style='font-size:10px;color:#888'>Diakoniewerk Elbe-Weser gGmbH · "
      "Vorstand: Pastor H. Meinke</td></tr></table></body></html>",
      co="Diakoniewerk Elbe-Weser", ct="", cte="base64"),
    m(R, "nach_fachgespraech_ausfuehrlich", "de",
      "Katrin Oldenburg <katrin.oldenburg@kkh-leipzig.example.de>",
      "Rückmeldung zu unserem Fachgespräch", "2026-02-17T14:05:00+01:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\n"
      "nochmals herzlichen Dank für das angenehme Fachgespräch am vergangenen Donnerstag mit "
      "Frau Dr. Reiß und mir. Wir haben uns die Entscheidung wirklich nicht leicht gemacht.\n\n"
      "Letztlich haben wir uns für eine Bewerberin entschieden, die bereits mehrere Jahre "
      "Erfahrung mit der Einführung eines Patientendatenmanagementsystems hat – ein Punkt, der "
      "für die Rolle als Klinische Applikationsbetreuerin ausschlaggebend war.\n\n"
      "Ihr klinischer Hintergrund hat uns sehr beeindruckt. Falls Sie möchten, nehme ich Sie "
      "gern in unseren Talentpool auf.\n\n"
      "Mit freundlichen Grüßen\n\nKatrin Oldenburg\nReferentin Personalgewinnung\n"
      "Städtisches Klinikum Leipzig-Süd\nTel. +49 341 000 4471\n\n"
      "Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten "
      "Adressaten bestimmt. Wenn Sie nicht der vorgesehene Adressat sind, ist jede Form der "
      "Kenntnisnahme, Veröffentlichung, Vervielfältigung oder Weitergabe unzulässig.",
      co="Städtisches Klinikum Leipzig-Süd", ct="katrin.oldenburg@kkh-leipzig.example.de",
      cs="iso-8859-1"),
    m(R, "vermittler_kunde_anders_entschieden", "de",
      "Tobias Wendt <t.wendt@careconnect-partners.example.de>", "Update",
      "2026-02-24T09:12:00+01:00",
      "Hallo Friederike,\n\n"
      "leider keine guten Nachrichten: mein Kunde (der Medizintechnik-Hersteller in "
      "Tuttlingen, du weißt schon) hat sich nach den Zweitgesprächen für einen anderen "
      "Kandidaten für den Außendienst Süd entschieden. Ausschlaggebend war wohl die "
      "Vertriebserfahrung im OP-Bereich.\n\n"
      "Ich finde das echt schade, du warst bis zum Schluss im Rennen! Ich melde mich, sobald "
      "ich was Passendes habe – ein, zwei Sachen sind schon in der Pipeline.\n\n"
      "Beste Grüße\nTobias\n\nTobias Wendt | Senior Consultant Healthcare\n"
      "CareConnect Partners | Königsallee 12 | 40212 Düsseldorf\nMobil +49 171 0000 219",
      co="CareConnect Partners", ct="t.wendt@careconnect-partners.example.de"),
    m(R, "krankenkasse_interamt_absage", "de",
      "Rhein-Sieg Gesundheitskasse Personalservice <personal@rsgk.example.de>",
      "Auswahlverfahren Fallmanagerin / Fallmanager Pflege – Kennziffer 2026-031",
      "2026-03-05T10:00:00+01:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\n"
      "für Ihre Bewerbung auf die oben genannte Ausschreibung und das damit gezeigte Interesse "
      "danken wir Ihnen.\n\n"
      "Nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass wir uns für eine andere "
      "Bewerberin bzw. einen anderen Bewerber entschieden haben. Wir bedauern, Ihnen keine "
      "günstigere Nachricht geben zu können.\n\n"
      "Ihre Bewerbungsunterlagen werden nach Ablauf der Frist nach dem AGG datenschutzgerecht "
      "vernichtet.\n\n"
      "Mit freundlichen Grüßen\nIm Auftrag\nS. Brandt\nRhein-Sieg Gesundheitskasse\n"
      "Geschäftsbereich Personal",
      co="Rhein-Sieg Gesundheitskasse", ct="personal@rsgk.example.de", cs="windows-1252"),
    m(R, "stelle_zurueckgezogen_hold", "de",
      "Sabine Lorenz <sabine.lorenz@vitacura.example.com>", "Re: Ihre Bewerbung",
      "2026-03-12T17:41:00+01:00",
      "Liebe Frau Osterhagen-Yılmaz,\n\n"
      "ich muss Ihnen leider mitteilen, dass die Stelle der Qualitätsmanagementbeauftragten "
      "für unsere Seniorenresidenzen im Raum Hannover aufgrund einer Umstrukturierung "
      "vorerst nicht besetzt wird. Das Verfahren ist damit für alle Bewerberinnen und "
      "Bewerber beendet.\n\nDas tut mir ausdrücklich leid, zumal das Gespräch sehr "
      "vielversprechend war.\n\nHerzliche Grüße\nSabine Lorenz\nLeitung Personal\n"
      "VitaCura Seniorenresidenzen"
      + gmail("Friederike Osterhagen-Yılmaz <f.osterhagen@example.de>",
              "Mon, 2 Mar 2026 at 08:55",
              "Liebe Frau Lorenz,\nich wollte kurz nachfragen, ob es schon einen Zeitplan "
              "für die zweite Runde gibt.\nHerzliche Grüße\nF. Osterhagen-Yılmaz"),
      co="VitaCura Seniorenresidenzen", ct="sabine.lorenz@vitacura.example.com", re=True),
    m(R, "successfactors_pharma_absage", "de",
      "Bayreuther Pharma Karriere <careers@successfactors.eu>",
      "Ihre Bewerbung - Medical Science Liaison Onkologie (m/w/d) - Job-ID 88412",
      "2026-03-20T06:14:00+01:00",
      "Sehr geehrte/r Friederike Osterhagen-Yılmaz,\n\n"
      "vielen Dank für Ihre Bewerbung als Medical Science Liaison Onkologie (m/w/d).\n\n"
      "Wir haben eine große Anzahl qualifizierter Bewerbungen erhalten. Nach eingehender "
      "Prüfung haben wir uns entschieden, mit Kandidatinnen und Kandidaten fortzufahren, "
      "deren Profil den Anforderungen der Position noch besser entspricht.\n\n"
      "Wir bedanken uns für Ihr Interesse an Bayreuther Pharma und wünschen Ihnen "
      "für Ihre berufliche Zukunft viel Erfolg.\n\n"
      "Freundliche Grüße\n\nTalent Acquisition\nBayreuther Pharma\n\n"
      "*** Dies ist eine automatisch generierte E-Mail. ***",
      co="Bayreuther Pharma", ct="", fmt="alt", cte="base64"),
    m(R, "nach_probearbeiten_du", "de",
      "Mareike <mareike@pflegewg-lindenhof.example.de>", "Nach deinem Probetag",
      "2026-04-02T19:30:00+02:00",
      "Hallo Friederike,\n\nnochmal danke, dass du am Montag den ganzen Tag bei uns "
      "mitgelaufen bist. Die Bewohnerinnen fanden dich toll :)\n\n"
      "Wir haben im Team lange hin und her überlegt und uns dann doch für jemanden "
      "entschieden, der direkt in Vollzeit und auch nachts kann. Das passt halt mit deinen "
      "Vorstellungen nicht ganz zusammen.\n\nAlles Gute dir und vielleicht läuft man sich "
      "ja nochmal über den Weg!\nMareike\n\nLeitung Pflege-WG Lindenhof, Dresden-Pieschen",
      co="Pflege-WG Lindenhof", ct="mareike@pflegewg-lindenhof.example.de"),
    m(R, "schweiz_spital_absage", "de",
      "Kantonsspital Aarewald HR <hr@ksaw.example.ch>",
      "Absage: Ihre Bewerbung als Fachexpertin Patientensicherheit", "2026-04-15T13:22:00+02:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz\n\n"
      "Besten Dank für Ihre Bewerbung und das Interesse am Kantonsspital Aarewald.\n\n"
      "Nach eingehender Prüfung müssen wir Ihnen mitteilen, dass wir Ihr Dossier nicht "
      "weiter berücksichtigen können. Ausschlaggebend ist die fehlende Erfahrung mit dem "
      "Schweizer CIRS-Netzwerk, welche für diese Funktion unabdingbar ist.\n\n"
      "Wir bedauern, Ihnen keinen besseren Bescheid geben zu können, und wünschen Ihnen "
      "für die Zukunft alles Gute.\n\nFreundliche Grüsse\n\nRegula Zimmermann\n"
      "HR Business Partnerin\nKantonsspital Aarewald\nTel. +41 62 000 12 34",
      co="Kantonsspital Aarewald", ct="hr@ksaw.example.ch"),
    m(R, "oesterreich_karriereat_absage", "de",
      "Gesundheitsverbund Steiermark Süd <bewerbung@gvss.example.at>",
      "Ihre Bewerbung (Ref. 2026-0117)", "2026-01-29T08:50:00+01:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz!\n\n"
      "Wir danken für Ihre Bewerbung vom 12. Jänner 2026 als Stationsleitung am LKH Graz-West.\n\n"
      "Leider müssen wir Ihnen mitteilen, dass wir Sie im laufenden Auswahlverfahren nicht "
      "weiter berücksichtigen können, da wir die Stelle mit einer Bewerberin mit "
      "österreichischer Sonderausbildung für Führungsaufgaben besetzen.\n\n"
      "Wir ersuchen um Verständnis und wünschen Ihnen alles Gute.\n\n"
      "Mit freundlichen Grüßen\nMag. Elisabeth Pichler\nPersonalmanagement\n"
      "Gesundheitsverbund Steiermark Süd",
      co="Gesundheitsverbund Steiermark Süd", ct="bewerbung@gvss.example.at",
      cs="iso-8859-1", cte="quoted-printable"),
    m(R, "medtech_ausseendienst_kurz", "de",
      "Lukas Brenner <lukas.brenner@orthovia.example.com>", "Kurzes Feedback",
      "2026-05-06T12:03:00+02:00",
      "Hallo Frau Osterhagen-Yılmaz,\n\ndanke für das Telefonat letzte Woche. Wir gehen in "
      "der nächsten Runde mit anderen Kandidaten weiter, die mehr Vertriebserfahrung "
      "mitbringen. Viel Erfolg weiterhin!\n\nGruß\nLukas Brenner\nRegional Sales Manager Nord\n"
      "OrthoVia Medical Deutschland",
      co="OrthoVia Medical Deutschland", ct="lukas.brenner@orthovia.example.com"),
    m(R, "dvinci_uni_absage", "de",
      "Universitätsmedizin Rostock-Warnow <bewerbermanagement@dvinci-mail.example.de>",
      "Ihre Bewerbung bei der Universitätsmedizin Rostock-Warnow",
      "2026-05-19T15:45:00+02:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\n"
      "wir beziehen uns auf Ihre Bewerbung als Projektmanagerin Digitalisierung Pflege "
      "(Kennziffer 112/26).\n\nIn dem Auswahlverfahren haben wir uns für eine andere "
      "Person entschieden. Wir bedanken uns für das uns entgegengebrachte Vertrauen.\n\n"
      "Bitte haben Sie Verständnis dafür, dass wir die Gründe für unsere Entscheidung nicht "
      "im Einzelnen darlegen können.\n\nMit freundlichen Grüßen\nIhr Team Personalgewinnung",
      co="Universitätsmedizin Rostock-Warnow", ct="", cte="8bit"),
    m(R, "hospitation_danach_absage_langer_thread", "de",
      "Pflegedirektion St. Marien <pflegedirektion@st-marien-koeln.example.de>",
      "AW: AW: Gespräch mit der Pflegedirektion", "2026-06-03T10:26:00+02:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nnach dem Gespräch mit Ihnen und der "
      "Rücksprache mit dem Betriebsrat haben wir uns entschieden, die Stelle intern "
      "nachzubesetzen. Wir bedauern das sehr und danken Ihnen für Ihre Offenheit.\n\n"
      "Mit freundlichen Grüßen\nMonika Strauch\nPflegedirektorin\n"
      "St. Marien-Hospital Köln"
      + outlook("Friederike Osterhagen-Yılmaz <f.osterhagen@example.de>",
                "Montag, 25. Mai 2026 09:10", "Pflegedirektion St. Marien",
                "AW: Gespräch mit der Pflegedirektion",
                "Liebe Frau Strauch,\nvielen Dank für das Gespräch am Freitag. Ich freue mich "
                "auf Ihre Rückmeldung.\nViele Grüße\nFriederike Osterhagen-Yılmaz", lang="de")
      + outlook("Pflegedirektion St. Marien", "Dienstag, 12. Mai 2026 14:02",
                "Friederike Osterhagen-Yılmaz",
                "Gespräch mit der Pflegedirektion",
                "Sehr geehrte Frau Osterhagen-Yılmaz,\nwir laden Sie herzlich zu einem "
                "Gespräch mit der Pflegedirektion am 22.05. um 11 Uhr ein.\n"
                "Mit freundlichen Grüßen\nM. Strauch", lang="de"),
      co="St. Marien-Hospital Köln", ct="pflegedirektion@st-marien-koeln.example.de", re=True),
    # ---------------------------------------------------------------- rejections, English
    m(R, "greenhouse_healthit_soft", "en",
      "Lumenhealth Recruiting <no-reply@us.greenhouse-mail.io>",
      "Your application to Lumenhealth", "2026-02-12T18:09:00+00:00",
      "Hi Friederike,\n\nThank you for your interest in the Clinical Implementation "
      "Specialist (DACH) role and for taking the time to speak with our team.\n\n"
      "After careful consideration, we've decided to pursue other candidates whose background "
      "more closely aligns with our needs for this position. We know this isn't the news you "
      "were hoping for.\n\nWe'll keep your details on file and may reach out should a "
      "relevant opening come up.\n\nBest,\nThe Lumenhealth Talent Team",
      co="Lumenhealth", ct="", fmt="alt"),
    m(R, "uk_nhs_supplier_shant", "en",
      "Priya Raman <priya.raman@carelinksystems.example.co.uk>", "Re: your application",
      "2026-03-03T11:40:00+00:00",
      "Dear Friederike,\n\nMany thanks for attending the panel on Friday. I regret to inform "
      "you that on this occasion we shan't be progressing your application for the Clinical "
      "Safety Officer post. The panel felt another candidate's DCB0129 experience was the "
      "better fit.\n\nDo let me know if you'd like a short call for feedback.\n\n"
      "Kind regards,\nPriya\n\nPriya Raman | Talent Partner\nCareLink Systems\n"
      "This e-mail and any attachments are confidential and intended solely for the "
      "addressee. CareLink Systems Ltd, registered in England and Wales No. 00000000.",
      co="CareLink Systems", ct="priya.raman@carelinksystems.example.co.uk", re=True),
    m(R, "lever_very_short", "en", "Jonah at Medexa <jonah.p@medexa.example.com>",
      "Following up", "2026-04-08T22:17:00+02:00",
      "Hi Friederike - thanks for your time, but we won't be moving forward. Best of luck!\n\n"
      "Jonah\n\nSent from my iPhone",
      co="Medexa", ct="jonah.p@medexa.example.com"),
    m(R, "indian_medtech_regret", "en",
      "HR Desk - Sanjeevani MedTech <hr.desk@sanjeevanimedtech.example.in>",
      "Application status – Field Clinical Specialist (Europe)", "2026-04-21T14:40:00+05:30",
      "Dear Candidate,\n\nGreetings from Sanjeevani MedTech!\n\nWe thank you for showing "
      "interest in the position of Field Clinical Specialist (Europe). We regret to inform "
      "you that your profile has not been shortlisted for the next round as the position "
      "requires prior cath-lab experience.\n\nWe shall retain your CV in our database for "
      "future requirements. For any queries, kindly revert on this mail.\n\nWarm Regards,\n"
      "Team Talent Acquisition\nSanjeevani MedTech Pvt. Ltd.",
      co="Sanjeevani MedTech", ct="hr.desk@sanjeevanimedtech.example.in"),
    m(R, "takehome_rejection_korean", "en",
      "Minji Seo <minji.seo@hanbitcare.example.com>",
      "Case study feedback – Product Specialist", "2026-05-12T09:03:00+02:00",
      "Dear Friederike,\n\nThank you for submitting the case study on the nurse-call workflow. "
      "The team appreciated how clearly you described the ward perspective.\n\n"
      "Unfortunately, we have decided not to proceed further with your application. The "
      "assignment did not cover the integration and pricing questions in the depth we need "
      "for the European launch.\n\nWe sincerely wish you success.\n\nBest regards,\n"
      "Minji Seo\nGlobal Talent, HanbitCare Europe\nAmsterdam | Seoul",
      co="HanbitCare", ct="minji.seo@hanbitcare.example.com", fmt="alt"),
    m(R, "role_cancelled_remote", "en",
      "Talent @ Wellbridge <talent@wellbridge.example.io>", "Update on the Clinical Lead role",
      "2026-06-16T16:55:00+02:00",
      "Hi Friederike,\n\nI wanted to let you know personally that we've closed the Clinical "
      "Lead (Remote EU) role. Following a change in our funding timeline the position has "
      "been put on hold indefinitely, and we won't be continuing with any candidates.\n\n"
      "I'm sorry to deliver this after you've invested so much time with us.\n\n"
      "All the best,\nHannah Ortiz\nHead of People, Wellbridge",
      co="Wellbridge", ct="hannah.ortiz@wellbridge.example.io",
      rt="Hannah Ortiz <hannah.ortiz@wellbridge.example.io>"),
    m(R, "smartrecruiters_kenya_ngo", "en",
      "Afyanet Health Careers <careers@smartrecruiters.com>",
      "Regarding your application: Quality & Patient Safety Advisor", "2026-07-07T10:11:00+03:00",
      "Dear Friederike,\n\nThank you for applying to the Quality & Patient Safety Advisor "
      "position at Afyanet Health.\n\nWe received an overwhelming response and, having "
      "reviewed all applications against the requirements, we are unable to take your "
      "application further at this time.\n\nWe encourage you to apply for future roles.\n\n"
      "Kind regards,\nPeople & Culture\nAfyanet Health, Nairobi",
      co="Afyanet Health", ct="", fmt="alt", cte="base64"),
    # ---------------------------------------------------------------- rejections, French
    m(R, "clinique_strasbourg_refus", "fr",
      "Recrutement Clinique Rhénane <recrutement@clinique-rhenane.example.fr>",
      "Votre candidature – Cadre de santé", "2026-03-26T09:30:00+01:00",
      "Madame,\n\nNous vous remercions de l'intérêt que vous portez à la Clinique Rhénane "
      "et de votre candidature au poste de cadre de santé en chirurgie.\n\n"
      "Après examen attentif de votre dossier, nous sommes au regret de vous informer que "
      "nous ne pouvons y donner une suite favorable, le poste exigeant le diplôme de cadre de "
      "santé français.\n\nNous vous prions d'agréer, Madame, l'expression de nos salutations "
      "distinguées.\n\nService des Ressources Humaines\nClinique Rhénane – Strasbourg",
      co="Clinique Rhénane", ct="recrutement@clinique-rhenane.example.fr", cs="iso-8859-1"),
    m(R, "lux_assurance_refus_apres_entretien", "fr",
      "Claire Muller <claire.muller@lux-sante-mutuelle.example.lu>",
      "Suite à notre entretien", "2026-06-24T15:12:00+02:00",
      "Bonjour Madame Osterhagen-Yılmaz,\n\nEncore merci pour votre disponibilité lors de "
      "notre échange de mardi.\n\nNous avons finalement retenu un autre profil, plus proche "
      "de nos besoins sur la partie gestion des sinistres. Ce choix a été difficile tant les "
      "candidatures étaient de qualité.\n\nJe vous souhaite pleine réussite dans vos "
      "recherches.\n\nBien à vous,\nClaire Muller\nChargée de recrutement\n"
      "Lux Santé Mutuelle",
      co="Lux Santé Mutuelle", ct="claire.muller@lux-sante-mutuelle.example.lu"),
    m(R, "suisse_romande_refus_ats", "fr",
      "Hôpital du Lac <jobs@umantis-mail.example.ch>",
      "Votre candidature – Infirmière responsable d'unité", "2026-08-05T08:00:00+02:00",
      "Madame,\n\nNous accusons bonne réception de votre dossier et vous en remercions.\n\n"
      "Malheureusement, nous devons vous informer que votre candidature n'a pas été retenue. "
      "Nous conservons vos données, avec votre accord, pour d'éventuels postes futurs.\n\n"
      "Meilleures salutations\nRessources humaines\nHôpital du Lac",
      co="Hôpital du Lac", ct="", fmt="alt"),
    m(R, "telemed_geneve_pas_de_suite", "fr",
      "Mathieu Favre <mathieu@teleconsult-leman.example.ch>", "Re: Quick question",
      "2026-10-08T08:37:00+02:00",
      "Bonjour Friederike,\n\nDésolé pour le délai de réponse. Après en avoir discuté avec "
      "l'équipe médicale, on a décidé de ne pas donner suite pour le poste d'infirmière "
      "coordinatrice : on cherche finalement quelqu'un qui parle couramment le suisse "
      "allemand ET l'italien pour couvrir le Tessin.\n\nMerci encore pour ton temps et bonne "
      "continuation !\nMathieu\n\n--\nMathieu Favre · COO · TéléConsult Léman"
      + gmail("Friederike Osterhagen-Yılmaz <f.osterhagen@example.de>",
              "Thu, Oct 1, 2026 at 9:20 AM",
              "Bonjour Mathieu,\npetite question : avez-vous pu avancer sur ma candidature ?\n"
              "Bien à vous,\nFriederike"),
      co="TéléConsult Léman", ct="mathieu@teleconsult-leman.example.ch", re=True),
    # ---------------------------------------------------------------- rejections, Spanish
    m(R, "hospital_valencia_rechazo", "es",
      "Selección Hospital Levante <seleccion@hospitallevante.example.es>",
      "Proceso de selección – Supervisora de enfermería", "2026-04-28T12:30:00+02:00",
      "Estimada Friederike:\n\nTe agradecemos el interés mostrado en formar parte de "
      "Hospital Levante y el tiempo dedicado al proceso.\n\nLamentamos comunicarte que en "
      "esta ocasión no has sido seleccionada para continuar. Hemos optado por un perfil con "
      "mayor experiencia en el sistema sanitario valenciano.\n\nGuardaremos tu CV para "
      "futuras vacantes.\n\nUn saludo cordial,\nDepartamento de Personas\nHospital Levante",
      co="Hospital Levante", ct="seleccion@hospitallevante.example.es", cs="windows-1252"),
    m(R, "madrid_healthtech_rechazo_casual", "es",
      "Paula Iglesias <paula@saludia.example.com>", "Re: Entrevista Customer Success",
      "2026-07-14T18:44:00+02:00",
      "Hola Friederike,\n\nmil gracias por la charla del otro día, de verdad.\n\n"
      "Al final hemos decidido seguir con otra persona que ya conoce el mercado de "
      "aseguradoras en España. Sé que no es lo que esperabas, lo siento mucho.\n\n"
      "Si te parece, seguimos en contacto por LinkedIn.\n\nUn abrazo,\nPaula\n"
      "People Lead · Saludia"
      + es_quote("Friederike Osterhagen-Yılmaz <f.osterhagen@example.de>",
                 "jue, 9 jul 2026 a las 10:02",
                 "Hola Paula,\ngracias otra vez por la entrevista. Quedo a la espera.\n"
                 "Saludos,\nFriederike"),
      co="Saludia", ct="paula@saludia.example.com", re=True),
    m(R, "pharma_madrid_ats_rechazo", "es",
      "Laboratorios Albéniz <noreply@taleo.net>",
      "Su candidatura para Medical Advisor (Req. 26-0412)", "2026-09-01T07:45:00+02:00",
      "Estimado/a candidato/a:\n\nLe agradecemos sinceramente su interés en Laboratorios "
      "Albéniz.\n\nTras revisar detenidamente su candidatura para el puesto de Medical "
      "Advisor, lamentamos informarle de que hemos decidido continuar el proceso con otros "
      "candidatos cuyo perfil se ajusta más a los requisitos del puesto.\n\n"
      "Le deseamos mucho éxito en su carrera profesional.\n\nAtentamente,\n"
      "Dirección de Recursos Humanos\nLaboratorios Albéniz\n\n"
      "Por favor, no responda a este mensaje.",
      co="Laboratorios Albéniz", ct="", fmt="alt"),
    m(R, "agencia_rechazo_puesto_cancelado", "es",
      "Jorge Navarro <jnavarro@talentomedico.example.es>", "Novedades",
      "2026-09-22T13:05:00+02:00",
      "Hola Friederike, ¿qué tal?\n\nTe escribo porque mi cliente, la clínica de Valencia, "
      "ha cancelado la vacante de Responsable de Calidad: congelan contrataciones hasta 2027. "
      "Así que el proceso queda cerrado para todos los candidatos.\n\nUna pena, porque "
      "encajabas genial. Te aviso en cuanto tenga algo parecido.\n\nSaludos,\nJorge Navarro\n"
      "Consultor Senior – Talento Médico\n+34 600 000 118",
      co="Talento Médico", ct="jnavarro@talentomedico.example.es"),
    # ---------------------------------------------------------------- offers
    m(OFF, "angebot_klinik_telefonat", "de",
      "Anja Petersen <a.petersen@elbmarsch-klinik.example.de>",
      "Unser Telefonat von heute / Vertragsangebot", "2026-03-18T16:30:00+01:00",
      "Liebe Frau Osterhagen-Yılmaz,\n\nwie eben am Telefon besprochen, freuen wir uns sehr, "
      "Ihnen die Position der Stationsleitung Kardiologie zum 1. Mai 2026 anbieten zu "
      "können.\n\nAnbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung "
      "(Entgeltgruppe P 13 Stufe 4 TVöD-P, 38,5 Std.). Bitte senden Sie uns ein "
      "unterschriebenes Exemplar bis zum 31.03. zurück. Vor Arbeitsbeginn benötigen wir noch "
      "den Masernschutz-Nachweis.\n\nHerzlich willkommen im Team!\n\nAnja Petersen\n"
      "Personalreferentin\nElbmarsch Klinik Hamburg-Harburg\nTel. 040 000 3310",
      co="Elbmarsch Klinik Hamburg-Harburg", ct="a.petersen@elbmarsch-klinik.example.de",
      att="Arbeitsvertrag_Osterhagen-Yilmaz.pdf"),
    m(OFF, "zusage_bedingt_fuehrungszeugnis", "de",
      "Caritas-Altenhilfe Frankenhöhe <personal@caritas-frankenhoehe.example.de>",
      "Zusage – Einrichtungsleitung Seniorenzentrum St. Elisabeth", "2026-04-22T11:15:00+02:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nwir freuen uns, Ihnen mitteilen zu können, dass "
      "wir Sie als Einrichtungsleitung für das Seniorenzentrum St. Elisabeth in Nürnberg "
      "einstellen möchten.\n\nDie Zusage erfolgt unter dem Vorbehalt der Vorlage eines "
      "erweiterten Führungszeugnisses (nicht älter als drei Monate) sowie der Zustimmung der "
      "Mitarbeitervertretung. Den Vertragsentwurf lassen wir Ihnen in den nächsten Tagen "
      "zukommen.\n\nMit freundlichen Grüßen\nThomas Geißler\nAbteilungsleitung Personal\n"
      "Caritas-Altenhilfe Frankenhöhe e. V.",
      co="Caritas-Altenhilfe Frankenhöhe", ct="t.geissler@caritas-frankenhoehe.example.de",
      rt="Thomas Geißler <t.geissler@caritas-frankenhoehe.example.de>"),
    m(OFF, "startup_angebot_du", "de", "Nils Kramer <nils@pflegeplan.example.io>",
      "🎉 Angebot für dich", "2026-05-27T20:02:00+02:00",
      "Hey Friederike,\n\nich hab's ja schon am Telefon angedeutet – jetzt offiziell: wir "
      "würden dich sehr gern als Head of Clinical Success bei Pflegeplan an Bord holen!\n\n"
      "Eckdaten: 78k fix, 0,15 % VSOP, remote mit 1x im Monat Berlin, Start nach Absprache. "
      "Das Angebotsschreiben schicke ich dir morgen über Personio zum digitalen Unterschreiben.\n\n"
      "Lass uns gern Freitag nochmal telefonieren, falls du Fragen hast.\n\nCheers\nNils\n"
      "Co-Founder & CEO, Pflegeplan",
      co="Pflegeplan", ct="nils@pflegeplan.example.io"),
    m(OFF, "oesterreich_dienstvertrag", "de",
      "Mag. Verena Huber <verena.huber@medicomp.example.at>",
      "Dienstvertrag zur Unterzeichnung", "2026-06-10T09:40:00+02:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nbezugnehmend auf unser angenehmes Gespräch "
      "dürfen wir Ihnen die Stelle als Clinical Application Specialist in Wien anbieten. "
      "Im Anhang finden Sie den Dienstvertrag (Einstufung nach KV IT, Verwendungsgruppe ST2) "
      "mit der Bitte um Unterzeichnung.\n\nWir freuen uns auf die Zusammenarbeit!\n\n"
      "Mit besten Grüßen\nMag. Verena Huber\nHR MediComp Austria",
      co="MediComp Austria", ct="verena.huber@medicomp.example.at", att="Dienstvertrag.pdf",
      cs="iso-8859-1"),
    m(OFF, "kasse_einstellungszusage", "de",
      "Personalabteilung BKK Weserland <bewerbung@bkk-weserland.example.de>",
      "Einstellungszusage", "2026-08-19T14:00:00+02:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nim Anschluss an das Auswahlverfahren freuen "
      "wir uns, Ihnen eine Einstellung als Fallmanagerin im Bereich Pflege/Hilfsmittel zum "
      "01.10.2026 anbieten zu können. Die Eingruppierung erfolgt in die Entgeltgruppe 9 BAT/BKK.\n\n"
      "Bitte bestätigen Sie uns bis 28.08.2026 schriftlich, ob Sie das Angebot annehmen.\n\n"
      "Freundliche Grüße\nRenate Voß\nBKK Weserland – Personal",
      co="BKK Weserland", ct="bewerbung@bkk-weserland.example.de"),
    m(OFF, "en_offer_letter_attached", "en",
      "Sophie Lindqvist <sophie.lindqvist@nordvital.example.dk>",
      "Offer of employment – Clinical Specialist, Copenhagen", "2026-05-08T13:27:00+02:00",
      "Dear Friederike,\n\nFurther to our conversation this morning, I'm delighted to confirm "
      "that we would like to offer you the role of Clinical Specialist, Infusion Systems, "
      "based in Copenhagen.\n\nPlease find your offer letter and contract attached. The offer "
      "is conditional on satisfactory references and Danish authorisation as a nurse "
      "(autorisation), which we'll support you with.\n\nWe'd be grateful for your decision by "
      "15 May.\n\nWarm regards,\nSophie Lindqvist\nTalent Acquisition Partner\nNordVital Medical",
      co="NordVital Medical", ct="sophie.lindqvist@nordvital.example.dk",
      att="NordVital_Offer_Letter.pdf"),
    m(OFF, "brazil_healthtech_offer", "en",
      "Rafael Costa <rafael.costa@vidasaude.example.com.br>", "Re: Following up",
      "2026-07-21T15:50:00-03:00",
      "Hi Friederike!\n\nGreat news – the board approved it this morning. We are pleased to "
      "offer you the position of European Clinical Partnerships Manager, fully remote, "
      "EUR 72,000 gross per year. Formal paperwork will come from our EOR partner within "
      "48h.\n\nLet me know if you have any questions – so happy to have you with us!\n\n"
      "Abraços,\nRafael\nVP Operations, VidaSaúde Digital"
      + gmail("Friederike Osterhagen-Yılmaz <f.osterhagen@example.de>", "Mon, Jul 20, 2026 at 9:12 AM",
              "Hi Rafael,\njust following up on our last call – is there any news?\nBest,\n"
              "Friederike"),
      co="VidaSaúde Digital", ct="rafael.costa@vidasaude.example.com.br", re=True),
    m(OFF, "uk_verbal_offer_followup", "en",
      "Tom Ashworth <tom@ashworthclinical.example.co.uk>", "Great news!!",
      "2026-09-09T10:05:00+01:00",
      "Hi Friederike,\n\nAs promised, following our call – Meridian Diagnostics are DELIGHTED "
      "and want to offer you the Field Service Clinical Trainer role!! Verbal offer as "
      "discussed: £48k + car allowance + 10% bonus. They'll send the written offer to me "
      "tomorrow and I'll forward straight away.\n\nDo revert with any questions, cheers!!\n\n"
      "Tom Ashworth\nDirector, Ashworth Clinical Search\n07700 900 123",
      co="Meridian Diagnostics", ct="tom@ashworthclinical.example.co.uk"),
    m(OFF, "fr_promesse_embauche", "fr",
      "Élodie Garnier <e.garnier@biolys.example.fr>", "Promesse d'embauche",
      "2026-09-30T17:20:00+02:00",
      "Bonjour Friederike,\n\nSuite à nos échanges, j'ai le plaisir de vous confirmer notre "
      "souhait de vous accueillir au sein de Biolys en tant que Responsable Affaires "
      "Médicales Junior, basé à Strasbourg, à compter du 2 novembre 2026.\n\n"
      "Vous trouverez ci-joint la promesse d'embauche. Merci de nous la retourner signée "
      "avant le 9 octobre.\n\nBien cordialement,\nÉlodie Garnier\nDRH – Biolys",
      co="Biolys", ct="e.garnier@biolys.example.fr", att="Promesse_embauche.pdf",
      cs="iso-8859-1"),
    m(OFF, "es_oferta_formal", "es",
      "Lucía Ferrer <lucia.ferrer@grupoclinicomed.example.es>",
      "Oferta – Coordinadora de Calidad Asistencial", "2026-10-06T11:00:00+02:00",
      "Estimada Friederike:\n\nNos complace comunicarte que has sido seleccionada para el "
      "puesto de Coordinadora de Calidad Asistencial en nuestro centro de Madrid.\n\n"
      "Adjuntamos la carta de oferta con las condiciones (salario bruto anual de 46.000 €, "
      "jornada completa, incorporación el 2 de noviembre). Te agradeceríamos que nos "
      "confirmes tu aceptación antes del 13 de octubre.\n\nEnhorabuena y bienvenida,\n"
      "Lucía Ferrer\nResponsable de Talento\nGrupo Clínico Med",
      co="Grupo Clínico Med", ct="lucia.ferrer@grupoclinicomed.example.es",
      att="Carta_oferta.pdf"),
]
