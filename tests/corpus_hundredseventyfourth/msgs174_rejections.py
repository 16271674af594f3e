"""Corpus 174: hand-written rejections (31)."""
from __future__ import annotations

from msgs174_common import (HENRIK_SIG, ats_card, outlook_html, outlook_reply, quote, reply,
                            simple_html)

K = "rejection"
MESSAGES: list[dict] = [
    {"k": K, "n": "workday_donaubank", "lang": "de", "co": "Donaubank", "ct": "",
     "frm": "Donaubank Karriere <donaubank@myworkday.com>",
     "subj": "Ihre Bewerbung als IT Service Desk Agent (m/w/d) – Donaubank",
     "d": "2026-02-11 16:42 +0100", "fmt": "alt", "cte": "quoted-printable",
     "hdr": {"Auto-Submitted": "auto-generated"},
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nvielen Dank für Ihr Interesse an der "
             "Donaubank und die Zeit, die Sie in Ihre Bewerbung investiert haben.\n\n"
             "Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre "
             "Bewerbung für die Position IT Service Desk Agent (Req. 2026-0113) nicht "
             "weiter berücksichtigen können.\n\nWir wünschen Ihnen für Ihre berufliche "
             "Zukunft alles Gute.\n\nIhr Recruiting-Team der Donaubank AG\n\n"
             "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf.\n"},
    {"k": K, "n": "soft_more_closely_matches", "lang": "en", "co": "Vltava Digital",
     "ct": "", "frm": "Vltava Digital Talent <no-reply@greenhouse-mail.io>",
     "subj": "Update on your application – Service Desk Analyst (English)",
     "d": "2026-01-28 09:05 +0100", "fmt": "html",
     "html": ats_card("Vltava Digital", "#1f3a5f",
                      "Hi Henrik,\n\nThank you for applying for the Service Desk Analyst role "
                      "in our Prague office.\n\nWe reviewed every application carefully and "
                      "have decided to move forward with candidates whose experience more "
                      "closely matches what the team needs right now.\n\nWe will keep your "
                      "profile on file and may reach out should something suitable open up."
                      "\n\nKind regards,\nThe Vltava Digital Talent Team",
                      "Vltava Digital s.r.o. · Karlín, Praha 8 · Powered by Greenhouse")},
    {"k": K, "n": "on_hold_insurer", "lang": "de", "co": "Meridia Versicherung",
     "ct": "katrin.wallner@meridia.example.at",
     "frm": "Katrin Wallner <katrin.wallner@meridia.example.at>",
     "subj": "AW: Bewerbung 1st Level Support Linz",
     "d": "2026-03-03 11:20 +0100",
     "body": "Lieber Herr Özdemir-Laval,\n\nich muss mich leider mit keiner guten "
             "Nachricht melden: Die Stelle im 1st Level Support in Linz wurde intern auf "
             "Eis gelegt, und wir werden das Verfahren nicht fortsetzen. Das hat nichts "
             "mit Ihrem Profil zu tun – es gibt schlicht kein Budget mehr für 2026.\n\n"
             "Ich bedaure das sehr und bedanke mich für Ihre Geduld.\n\nBeste Grüße\n"
             "Katrin Wallner\nHR Business Partner\nMeridia Versicherung AG\n"
             "Landstraße 40, 4020 Linz\nT +43 732 555 2180\n"},
    {"k": K, "n": "terse_human", "lang": "de", "co": "Kernwerk IT",
     "ct": "j.pichler@kernwerk.example.at",
     "frm": "Jakob Pichler <j.pichler@kernwerk.example.at>",
     "subj": "Re: Service Desk Graz",
     "d": "2026-03-09 18:02 +0100",
     "body": "Servus Herr Özdemir-Laval,\n\nkurz und ehrlich: wir haben uns für jemand "
             "anderen entschieden. Danke fürs Kommen und alles Gute!\n\nJakob\n"},
    {"k": K, "n": "agency_relays_client_no", "lang": "de", "co": "Alpenländische Sparkasse",
     "ct": "m.hoffer@personalwerk.example.at",
     "frm": "Miriam Hoffer | Personalwerk <m.hoffer@personalwerk.example.at>",
     "subj": "Rückmeldung Alpenländische Sparkasse",
     "d": "2026-04-14 10:31 +0200", "cs": "iso-8859-1", "cte": "quoted-printable",
     "senc": ("iso-8859-1", "Q"),
     "body": "Hallo Herr Özdemir-Laval,\n\nich habe heute Feedback von der Alpenländischen "
             "Sparkasse bekommen. Man war von Ihrer Art sehr angetan, hat sich aber für "
             "eine Kandidatin mit längerer Erfahrung in der Client-Administration "
             "entschieden. Für diese Position geht es also nicht weiter.\n\nIch melde mich, "
             "sobald ich etwas Passendes für Sie habe, bei Personalwerk bleiben Sie in "
             "unserem Pool.\n\nLiebe Grüße\nMiriam Hoffer\nPersonalberaterin IT\n"
             "Personalwerk Austria GmbH, Mariahilfer Straße 88, 1070 Wien\n"
             "+43 1 555 4410\n"},
    {"k": K, "n": "after_interview_quotes_thanks", "lang": "de", "co": "Meridia Versicherung",
     "ct": "sabine.renner@meridia.example.at",
     "frm": "Sabine Renner <sabine.renner@meridia.example.at>",
     "subj": "AW: Danke für das Gespräch am Dienstag",
     "d": "2026-05-22 14:10 +0200", "ref": ["mer_inv", "mer_thanks"],
     "body": reply("Sehr geehrter Herr Özdemir-Laval,\n\nherzlichen Dank für Ihre nette "
                   "Nachricht und nochmals für das offene Gespräch.\n\nWir haben uns die "
                   "Entscheidung nicht leicht gemacht. Am Ende fiel die Wahl auf einen "
                   "Bewerber, der bereits mit unserem Ticketsystem gearbeitet hat. Ihnen "
                   "können wir die Stelle daher leider nicht anbieten.\n\nAlles Gute für "
                   "Ihren Umstieg in die IT!\n\nSabine Renner\nTeamleitung IT-Support\n"
                   "Meridia Versicherung AG\n",
                   "de", "19.05.2026, 21:14", "Henrik Özdemir-Laval", "henrik.ol@example.at",
                   "Sehr geehrte Frau Renner,\n\nvielen Dank für das angenehme Interview "
                   "heute. Ich freue mich sehr auf eine Zusage und stehe für einen "
                   "Probetag gerne zur Verfügung.\n\n" + HENRIK_SIG)},
    {"k": K, "n": "filled_internally_fr", "lang": "fr", "co": "Rhénan Informatique",
     "ct": "claire.muller@rhenan.example.fr",
     "frm": "Claire Muller <claire.muller@rhenan.example.fr>",
     "subj": "Poste de technicien support – Strasbourg", "senc": ("utf-8", "B"),
     "d": "2026-04-02 17:45 +0200", "ref": ["rhe_inv", "rhe_cancel"],
     "body": "Bonjour Monsieur Özdemir-Laval,\n\nComme je vous l'avais laissé entendre en "
             "annulant notre rendez-vous, le poste de technicien support a finalement été "
             "pourvu en interne par un collègue de l'équipe réseau.\n\nNous ne donnerons donc "
             "pas suite à votre candidature. Merci encore pour votre intérêt.\n\n"
             "Bien cordialement,\nClaire Muller\nResponsable RH\nRhénan Informatique SAS\n"
             "12 quai des Bateliers, 67000 Strasbourg\n03 88 55 01 74\n"},
    {"k": K, "n": "casual_colleague_es", "lang": "es", "co": "Ebro Sistemas",
     "ct": "nuria@ebrosistemas.example.es",
     "frm": "Nuria Lasheras <nuria@ebrosistemas.example.es>",
     "subj": "Lo del puesto de soporte", "d": "2026-06-18 19:22 +0200",
     "body": "¡Hola Henrik!\n\nTe escribo rápido porque me sabe mal que te enteres por otro "
             "lado: al final el puesto de helpdesk se lo han dado a un chico que ya hacía "
             "prácticas aquí. Lo siento mucho, de verdad, a mí me gustabas para el equipo.\n\n"
             "Si sale otra cosa te aviso el primero.\n\nUn abrazo,\nNuria\n"},
    {"k": K, "n": "smartrecruiters_munich", "lang": "en", "co": "Isar Verkehrsbund",
     "ct": "", "frm": "Isar Verkehrsbund <noreply@smartrecruiters.com>",
     "subj": "Your application for IT Support Specialist (Munich)",
     "d": "2026-02-19 08:12 +0100", "fmt": "alt",
     "hdr": {"Auto-Submitted": "auto-generated"},
     "body": "Dear Henrik,\n\nThank you for your application for IT Support Specialist.\n\n"
             "Unfortunately, we are unable to offer you a position at this time. The number "
             "of applications was very high and we had to make difficult choices.\n\n"
             "We encourage you to keep an eye on our careers page.\n\n"
             "Isar Verkehrsbund Recruiting\n",
     "html": simple_html("Dear Henrik,\n\nThank you for your application for IT Support "
                         "Specialist.\n\nUnfortunately, we are unable to offer you a position "
                         "at this time. The number of applications was very high and we had "
                         "to make difficult choices.\n\nWe encourage you to keep an eye on "
                         "our careers page.\n\nIsar Verkehrsbund Recruiting")},
    {"k": K, "n": "cancelled_role_lever", "lang": "en", "co": "Nordbrook Talent",
     "ct": "ondrej.kral@nordbrook.example.cz",
     "frm": "Ondřej Král <ondrej.kral@nordbrook.example.cz>", "fenc": ("utf-8", "B"),
     "subj": "Service desk role – closing the loop",
     "d": "2026-05-06 13:03 +0200",
     "body": "Hello Henrik,\n\nI wanted to close the loop personally. The client I "
             "mentioned has cancelled the service desk requisition altogether after a "
             "reorganisation, so there is no process to continue for you there.\n\n"
             "I'm sorry this one didn't work out. I'll keep you in mind for the next "
             "English-speaking support roles in Prague.\n\nBest,\nOndřej Král\n"
             "Senior Consultant, Nordbrook Talent\n+420 555 174 220\n"},
    {"k": K, "n": "landesrechenzentrum_formal", "lang": "de",
     "co": "Landesrechenzentrum Steiermark", "ct": "bewerbung@lrz-stmk.example.at",
     "frm": "Landesrechenzentrum Steiermark <bewerbung@lrz-stmk.example.at>",
     "subj": "Ausschreibung 07/2026 – Mitteilung über das Ergebnis",
     "d": "2026-07-21 10:00 +0200", "cs": "windows-1252", "cte": "quoted-printable",
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nwir beziehen uns auf Ihre Bewerbung zur "
             "Ausschreibung 07/2026 (Sachbearbeitung IT-Servicedesk, Graz).\n\nDas "
             "Auswahlverfahren ist abgeschlossen. Die Kommission hat sich für eine andere "
             "Person entschieden; Ihre Bewerbung konnte daher nicht berücksichtigt werden.\n\n"
             "Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.\n\n"
             "Mit freundlichen Grüßen\nFür den Geschäftsführer\nMag. Brigitte Strohmaier\n"
             "Personalabteilung – Landesrechenzentrum Steiermark GmbH\n"},
    {"k": K, "n": "teamtailor_salzburg", "lang": "de", "co": "Salzach Mobil", "ct": "",
     "frm": "Salzach Mobil <noreply@teamtailor-mail.com>",
     "subj": "Salzach Mobil – deine Bewerbung", "d": "2026-03-26 15:37 +0100",
     "fmt": "html", "cte": "base64",
     "html": ats_card("Salzach Mobil", "#c0392b",
                      "Hallo Henrik,\n\ndanke, dass du dich bei uns als IT-Supporter*in "
                      "beworben hast!\n\nWir haben uns alle Bewerbungen genau angesehen. "
                      "Dieses Mal passt es leider nicht – wir gehen mit anderen Personen in "
                      "die nächste Runde.\n\nBleib uns gewogen, vielleicht klappt es beim "
                      "nächsten Mal.\n\nDein Team von Salzach Mobil",
                      "Gesendet mit Teamtailor · Datenschutz · Abmelden")},
    {"k": K, "n": "helpline_after_missed", "lang": "en", "co": "Helpline Solutions",
     "ct": "zuzana.hornakova@helpline.example.sk",
     "frm": "Zuzana Horňáková <zuzana.hornakova@helpline.example.sk>",
     "subj": "RE: Phone screen – Helpline Solutions", "d": "2026-04-29 12:15 +0200",
     "ref": ["hel_inv", "hel_missed", "hel_move"],
     "body": outlook_reply(
         "Dear Henrik,\n\nThanks again for making time on the second attempt. After comparing "
         "notes with the team lead, we won't be taking your application further for the "
         "Bratislava service desk. The deciding factor was the Slovak/Czech language "
         "requirement for the night shift.\n\nAll the best,\nZuzana Horňáková\n"
         "Talent Acquisition | Helpline Solutions s.r.o.\nMlynské nivy 5, Bratislava\n",
         "en", "Henrik Özdemir-Laval <henrik.ol@example.at>",
         "Thursday, April 23, 2026 10:41", "Zuzana Horňáková",
         "RE: Phone screen – Helpline Solutions",
         "Hi Zuzana,\n\nthank you for the new slot on Friday 24 April at 11:00, I will be "
         "available on my mobile.\n\nBest regards,\nHenrik\n")},
    {"k": K, "n": "vltava_final", "lang": "en", "co": "Vltava Digital",
     "ct": "petra.novak@vltava.example.cz",
     "frm": "Petra Novák via Greenhouse <no-reply@greenhouse-mail.io>",
     "rt": "Petra Novák <petra.novak@vltava.example.cz>",
     "subj": "Re: Missed interview – Service Desk Analyst L2",
     "d": "2026-06-09 09:44 +0200", "ref": ["vlt_inv", "vlt_missed"],
     "body": reply("Hi Henrik,\n\nThanks for explaining what happened with the tram "
                   "disruption, that is completely understandable.\n\nHaving spoken with the "
                   "hiring manager, though, we've reached the point where the shortlist is "
                   "final, and we're not able to offer another interview slot. I'm sorry to "
                   "end it this way.\n\nWarm wishes,\nPetra\n",
                   "en", "Fri, 5 Jun 2026 at 16:02", "Henrik Özdemir-Laval",
                   "henrik.ol@example.at",
                   "Dear Petra,\n\nI'm very sorry I missed the call today, my shift was "
                   "extended because of a line closure. Could we possibly find another "
                   "time?\n\nHenrik\n")},
    {"k": K, "n": "icims_bank_es", "lang": "es", "co": "Caja Aragonesa Digital", "ct": "",
     "frm": "Caja Aragonesa Digital <caja-aragonesa@icims.com>",
     "subj": "Tu candidatura: Técnico/a de Soporte N1", "senc": ("iso-8859-1", "Q"),
     "d": "2026-05-12 11:11 +0200", "cs": "iso-8859-1", "cte": "quoted-printable",
     "hdr": {"Auto-Submitted": "auto-generated"},
     "body": "Estimado Henrik:\n\nQueremos agradecerte el interés mostrado en Caja Aragonesa "
             "Digital.\n\nTras revisar tu perfil, lamentamos comunicarte que no continuarás "
             "en el proceso de selección para Técnico/a de Soporte N1 en Zaragoza.\n\n"
             "Guardaremos tus datos para futuras vacantes, salvo que nos indiques lo "
             "contrario.\n\nUn saludo,\nEquipo de Talento\n"},
    {"k": K, "n": "strasbourg_interim_fr", "lang": "fr", "co": "Banque du Rhin",
     "ct": "s.kieffer@interimplus.example.fr",
     "frm": "Sophie Kieffer – Interim Plus <s.kieffer@interimplus.example.fr>",
     "subj": "Retour de la Banque du Rhin", "d": "2026-06-25 16:20 +0200",
     "cs": "iso-8859-1", "cte": "quoted-printable",
     "body": "Bonjour Henrik,\n\nJe viens d'avoir la Banque du Rhin au téléphone. Ils ont "
             "apprécié l'entretien mais ont retenu un profil qui parle alsacien et connaît "
             "déjà leurs agences. La mission ne se fera donc pas avec vous, j'en suis "
             "désolée.\n\nJe reste à l'affût pour vous.\n\nSophie Kieffer\n"
             "Chargée de recrutement, Interim Plus\n5 rue du Jeu-des-Enfants, Strasbourg\n"},
    {"k": K, "n": "successfactors_linz", "lang": "de", "co": "Linzer Tramway", "ct": "",
     "frm": "Linzer Tramway Recruiting <noreply@successfactors.eu>",
     "subj": "Statusänderung Ihrer Bewerbung", "d": "2026-04-08 07:58 +0200",
     "fmt": "alt", "hdr": {"Auto-Submitted": "auto-generated"},
     "body": "Guten Tag Henrik Özdemir-Laval,\n\nder Status Ihrer Bewerbung auf die Stelle "
             "„Servicetechniker:in Fahrgastinformationssysteme“ hat sich geändert: "
             "Absage.\n\nWir danken Ihnen für Ihr Vertrauen und wünschen Ihnen viel Erfolg.\n\n"
             "Linzer Tramway GmbH – Personalentwicklung\n",
     "html": simple_html("Guten Tag Henrik Özdemir-Laval,\n\nder Status Ihrer Bewerbung "
                         "auf die Stelle „Servicetechniker:in Fahrgastinformationssysteme“ hat "
                         "sich geändert: Absage.\n\nWir danken Ihnen für Ihr Vertrauen und "
                         "wünschen Ihnen viel Erfolg.\n\nLinzer Tramway GmbH – "
                         "Personalentwicklung")},
    {"k": K, "n": "outlook_word_html", "lang": "de", "co": "Stadtverkehr Donau",
     "ct": "t.gruber@stadtverkehr-donau.example.at",
     "frm": "Gruber Thomas <t.gruber@stadtverkehr-donau.example.at>",
     "subj": "Ihre Bewerbung – IT-Leitstelle", "d": "2026-05-04 09:30 +0200",
     "fmt": "alt",
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nals langjähriger Fahrer kennen Sie unser "
             "Haus, und wir hätten Sie gern in der IT-Leitstelle gesehen. Leider verlangt "
             "die Stelle eine abgeschlossene IT-Ausbildung, die wir diesmal nicht "
             "nachsehen konnten. Wir bedauern, Ihnen keine positive Antwort geben zu "
             "können.\n\nSie bleiben selbstverständlich in Ihrer jetzigen Funktion.\n\n"
             "Mit freundlichen Grüßen\nThomas Gruber\nLeitung IT-Betrieb\nStadtverkehr Donau\n"
             "Erdbergstraße 202, 1030 Wien\n",
     "html": outlook_html("Sehr geehrter Herr Özdemir-Laval,\n\nals langjähriger Fahrer "
                          "kennen Sie unser Haus, und wir hätten Sie gern in der "
                          "IT-Leitstelle gesehen. Leider verlangt die Stelle eine "
                          "abgeschlossene IT-Ausbildung, die wir diesmal nicht nachsehen "
                          "konnten. Wir bedauern, Ihnen keine positive Antwort geben zu "
                          "können.\n\nSie bleiben selbstverständlich in Ihrer jetzigen "
                          "Funktion.\n\nMit freundlichen Grüßen\nThomas Gruber\nLeitung "
                          "IT-Betrieb\nStadtverkehr Donau\nErdbergstraße 202, 1030 Wien")},
    {"k": K, "n": "headhunter_munich", "lang": "de", "co": "Bavaria Assekuranz",
     "ct": "f.keller@kellerpartner.example.de",
     "frm": "Florian Keller <f.keller@kellerpartner.example.de>",
     "subj": "Bavaria Assekuranz – Stand der Dinge", "d": "2026-07-02 17:55 +0200",
     "body": "Hallo Herr Özdemir-Laval,\n\nvon der Bavaria Assekuranz kam heute die "
             "Entscheidung: Man wird den Prozess mit Ihnen nicht weiterführen. Ausschlaggebend "
             "war wohl, dass die Rolle vor Ort in München ab Tag eins erwartet wird und Ihr "
             "Umzug erst im Herbst möglich wäre.\n\nSchade – ich fand, es hat gut gepasst.\n\n"
             "Viele Grüße aus München\nFlorian Keller\nKeller & Partner Executive Search\n"
             "Leopoldstraße 31, 80802 München\n+49 89 555 1740\n\nDiese E-Mail kann "
             "vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat "
             "sind, informieren Sie bitte sofort den Absender und vernichten Sie diese "
             "Mail.\n"},
    {"k": K, "n": "personio_datavia", "lang": "de", "co": "Datavia", "ct": "",
     "frm": "Datavia Jobs <jobs-noreply@personio.de>",
     "subj": "Datavia: Rückmeldung zu deiner Bewerbung", "d": "2026-08-04 13:40 +0200",
     "fmt": "alt", "cte": "base64",
     "body": "Hi Henrik,\n\ndanke für deine Bewerbung als Junior IT Support (Linz). Wir "
             "haben uns nach reiflicher Überlegung gegen eine Einladung entschieden – "
             "aktuell suchen wir jemanden mit mehr Linux-Erfahrung.\n\nViel Erfolg weiterhin!\n"
             "Dein Datavia People Team\n",
     "html": simple_html("Hi Henrik,\n\ndanke für deine Bewerbung als Junior IT Support "
                         "(Linz). Wir haben uns nach reiflicher Überlegung gegen eine "
                         "Einladung entschieden – aktuell suchen wir jemanden mit mehr "
                         "Linux-Erfahrung.\n\nViel Erfolg weiterhin!\nDein Datavia People "
                         "Team")},
    {"k": K, "n": "workable_es_cerrado", "lang": "es", "co": "Talentia Temporal", "ct": "",
     "frm": "Talentia Temporal <noreply@workablemail.com>",
     "subj": "Actualización sobre la oferta Helpdesk bilingüe", "d": "2026-07-15 10:05 +0200",
     "fmt": "html",
     "html": ats_card("Talentia Temporal", "#e67e22",
                      "Hola Henrik,\n\nGracias por inscribirte en la oferta Helpdesk "
                      "bilingüe (alemán-español).\n\nEl proceso se ha cerrado sin que tu "
                      "candidatura haya sido seleccionada. Sabemos que no es la respuesta que "
                      "esperabas.\n\nTalentia Temporal",
                      "Enviado a través de Workable")},
    {"k": K, "n": "recruitee_graz_short", "lang": "en", "co": "Kernwerk IT", "ct": "",
     "frm": "Kernwerk IT <notifications@jobs.recruitee.com>",
     "subj": "Kernwerk IT | Application status", "d": "2026-01-20 20:15 +0100",
     "body": "Hi Henrik,\n\nWe appreciate your interest in the English-speaking Support "
             "Engineer position in Graz. After reviewing your application, we won't be "
             "progressing it to the next stage.\n\nThanks,\nKernwerk IT Recruiting\n"},
    {"k": K, "n": "verbal_after_trial_day", "lang": "de", "co": "Grazer Linienbetriebe",
     "ct": "e.schwarz@glb.example.at",
     "frm": "Elisabeth Schwarz <e.schwarz@glb.example.at>",
     "subj": "Ihr Schnuppertag bei uns", "d": "2026-06-30 16:08 +0200",
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\ndanke für Ihren Einsatz beim Schnuppertag. "
             "Das Team hat sich ausgetauscht und ist zu dem Schluss gekommen, dass wir für "
             "den Servicedesk jemanden brauchen, der die SAP-Berechtigungen sofort "
             "übernehmen kann. Eine Anstellung wird es daher nicht geben.\n\nWir würden uns "
             "aber freuen, wenn Sie sich für die Fahrdienstleitung interessieren.\n\n"
             "Freundliche Grüße\nElisabeth Schwarz\nPersonal, Grazer Linienbetriebe\n"},
    {"k": K, "n": "taleo_fr_zaragoza_no", "lang": "fr", "co": "Collectivité Numérique d'Alsace",
     "ct": "", "frm": "Collectivité Numérique d'Alsace <noreply@taleo.net>",
     "subj": "Votre candidature – Assistant(e) support utilisateurs",
     "d": "2026-09-03 09:00 +0200", "fmt": "alt", "cte": "quoted-printable",
     "body": "Monsieur,\n\nNous accusons bonne réception de l'ensemble de vos pièces et vous en "
             "remercions.\n\nAprès examen par le jury, nous sommes au regret de vous informer "
             "que votre candidature n'a pas été retenue pour le poste d'assistant(e) support "
             "utilisateurs.\n\nLa Direction des ressources humaines\n",
     "html": simple_html("Monsieur,\n\nNous accusons bonne réception de l'ensemble de vos "
                         "pièces et vous en remercions.\n\nAprès examen par le jury, nous "
                         "sommes au regret de vous informer que votre candidature n'a pas "
                         "été retenue pour le poste d'assistant(e) support utilisateurs.\n\n"
                         "La Direction des ressources humaines")},
    {"k": K, "n": "bamboohr_prague_en", "lang": "en", "co": "Pragotech", "ct": "",
     "frm": "Pragotech Hiring <notifications@bamboohr.com>",
     "subj": "Regarding your application to Pragotech", "d": "2026-08-19 15:30 +0200",
     "body": "Hello Henrik,\n\nWe've now filled the IT Helpdesk (English/German) position. "
             "We're grateful you considered Pragotech, and we hope you'll apply again in "
             "the future.\n\nSincerely,\nPragotech People Operations\n"},
    {"k": K, "n": "ashby_short_en", "lang": "en", "co": "Tramlink Software", "ct": "",
     "frm": "Tramlink Software <no-reply@ashbyhq.com>",
     "subj": "Tramlink Software – Support Engineer", "d": "2026-09-14 18:20 +0200",
     "body": "Henrik, thanks for the time you put into the take-home exercise.\n\n"
             "We're going to pass at this stage. The written feedback from the reviewers "
             "is below in case it helps:\n- clear ticket triage\n- the escalation note "
             "lacked reproduction steps\n\n— Tramlink Software hiring team\n"},
    {"k": K, "n": "softgarden_versicherung", "lang": "de", "co": "Tirolia Versicherung",
     "ct": "", "frm": "Tirolia Versicherung <noreply@softgarden.io>",
     "subj": "Ihre Bewerbung bei der Tirolia Versicherung", "senc": ("utf-8", "Q"),
     "d": "2026-09-22 08:45 +0200",
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nwir haben Ihre Unterlagen für die "
             "Position „Workplace Support (Salzburg)“ intensiv gesichtet. Zu unserem "
             "Bedauern entspricht Ihr Profil nicht ganz dem, was wir für diese Aufgabe "
             "benötigen, weshalb wir Ihnen eine Absage erteilen müssen.\n\n"
             "Mit besten Grüßen\nTirolia Versicherung – Human Resources\n"},
    {"k": K, "n": "rejection_es_entrevista", "lang": "es", "co": "Ebro Sistemas",
     "ct": "rrhh@ebrosistemas.example.es",
     "frm": "RRHH Ebro Sistemas <rrhh@ebrosistemas.example.es>",
     "subj": "Proceso técnico de sistemas junior", "d": "2026-09-29 12:00 +0200",
     "body": "Hola Henrik:\n\nDespués de la entrevista técnica del lunes, el equipo ha "
             "decidido no avanzar con tu candidatura para el puesto de técnico de sistemas "
             "junior. Valoramos mucho tu actitud, pero buscamos a alguien con experiencia "
             "en Active Directory.\n\nGracias por tu tiempo.\n\nRecursos Humanos\n"
             "Ebro Sistemas S.L. – Av. de Ranillas 3, Zaragoza\n"},
    {"k": K, "n": "de_dialect_nix", "lang": "de", "co": "Wiener Netzwerkdienste",
     "ct": "office@wnd.example.at",
     "frm": "Wiener Netzwerkdienste <office@wnd.example.at>",
     "subj": "Re: Anfrage Helpdesk Teilzeit", "d": "2026-10-06 12:49 +0200",
     "body": "Hallo Henrik,\n\nleider wird das mit der Teilzeitstelle bei uns nichts – der "
             "Chef hat sich doch für eine Vollzeitkraft entschieden. Tut mir leid!\n\n"
             "LG Gerti\nWiener Netzwerkdienste\n\n" + quote(
                 "Hallo Frau Gerti,\nwie besprochen schicke ich meinen Lebenslauf für die "
                 "Teilzeitstelle. Über ein Vorstellungsgespräch würde ich mich freuen.\n"
                 "Henrik")},
    {"k": K, "n": "fr_mission_annulee", "lang": "fr", "co": "Interim Plus",
     "ct": "agence.strasbourg@interimplus.example.fr",
     "frm": "Interim Plus Strasbourg <agence.strasbourg@interimplus.example.fr>",
     "subj": "Mission support N1 – annulation du recrutement", "d": "2026-10-01 10:10 +0200",
     "body": "Bonjour Henrik,\n\nNotre client a décidé de geler le recrutement du support N1 "
             "jusqu'à nouvel ordre. La mission pour laquelle nous vous avions présenté ne "
             "sera donc pas pourvue, et votre candidature s'arrête là pour ce poste.\n\n"
             "L'équipe Interim Plus Strasbourg\n"},
    {"k": K, "n": "bank_callcentre_de", "lang": "de", "co": "Donaubank",
     "ct": "lena.aigner@donaubank.example.at",
     "frm": "Lena Aigner <lena.aigner@donaubank.example.at>",
     "subj": "Ihr Gespräch für das Digital Service Center", "d": "2026-10-12 15:15 +0200",
     "body": "Lieber Herr Özdemir-Laval,\n\nzunächst danke für das Gespräch letzte Woche. "
             "Wir haben nun alle Eindrücke zusammengetragen und werden Ihnen für das Digital "
             "Service Center kein Angebot unterbreiten.\n\nIch hoffe, Sie bleiben uns als "
             "Kunde trotzdem treu 🙂\n\nLena Aigner\nRecruiting Donaubank\n"},
]
