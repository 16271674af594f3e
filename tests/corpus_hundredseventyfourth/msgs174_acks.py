"""Corpus 174: hand-written application acknowledgements (21) and offers (10)."""
from __future__ import annotations

from msgs174_common import ats_card, forward, reply, simple_html

ACK = "application_received"
OFF = "offer"

MESSAGES: list[dict] = [
    {"k": ACK, "n": "personio_servalto", "lang": "de", "co": "Servalto IT Services", "ct": "",
     "id": "ser_ack", "frm": "Servalto IT Services <jobs-noreply@personio.de>",
     "subj": "Eingangsbestätigung: IT Service Desk Agent (m/w/d)", "d": "2026-03-02 22:14 +0100",
     "fmt": "alt", "hdr": {"Auto-Submitted": "auto-generated"},
     "body": "Hallo Henrik Özdemir-Laval,\n\nvielen Dank für Ihre Bewerbung als IT Service "
             "Desk Agent (m/w/d)! Wir haben Ihre Unterlagen erhalten und werden sie "
             "sorgfältig prüfen.\n\nAufgrund der hohen Anzahl an Bewerbungen können wir "
             "leider nicht jedem Bewerber individuell antworten. Sie hören innerhalb von "
             "drei Wochen von uns.\n\nIhr Servalto IT Services Recruiting-Team\n",
     "html": ats_card("Servalto IT Services", "#00857c",
                      "Hallo Henrik Özdemir-Laval,\n\nvielen Dank für Ihre Bewerbung als IT "
                      "Service Desk Agent (m/w/d)! Wir haben Ihre Unterlagen erhalten und "
                      "werden sie sorgfältig prüfen.\n\nAufgrund der hohen Anzahl an "
                      "Bewerbungen können wir leider nicht jedem Bewerber individuell "
                      "antworten. Sie hören innerhalb von drei Wochen von uns.\n\nIhr "
                      "Servalto IT Services Recruiting-Team",
                      "Powered by Personio · Datenschutzerklärung")},
    {"k": ACK, "n": "greenhouse_vltava", "lang": "en", "co": "Vltava Digital", "ct": "",
     "id": "vlt_ack", "frm": "Vltava Digital <no-reply@greenhouse-mail.io>",
     "subj": "Thank you for applying to Vltava Digital", "d": "2026-05-14 18:03 +0200",
     "body": "Hi Henrik,\n\nThanks for applying for Service Desk Analyst L2 (English) at "
             "Vltava Digital. Your application has been received and our team will review "
             "it shortly.\n\nUnfortunately we cannot reply to every applicant individually; "
             "if your profile matches, we'll be in touch within two weeks.\n\nVltava Digital "
             "Talent Team\n"},
    {"k": ACK, "n": "agency_registration", "lang": "de", "co": "Personalwerk Austria",
     "ct": "m.hoffer@personalwerk.example.at", "id": "glb_reg",
     "frm": "Miriam Hoffer | Personalwerk <m.hoffer@personalwerk.example.at>",
     "subj": "Willkommen bei Personalwerk – Ihre Registrierung", "d": "2026-05-25 09:15 +0200",
     "cs": "iso-8859-1", "cte": "quoted-printable", "fenc": ("iso-8859-1", "Q"),
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\ndanke für Ihre Registrierung bei "
             "Personalwerk Austria. Ihr Profil ist in unserer Datenbank angelegt, und ich "
             "bin ab sofort Ihre Ansprechpartnerin für Stellen im IT-Support in Wien und "
             "der Steiermark.\n\nSobald ein Kunde passt, melde ich mich.\n\nLiebe Grüße\n"
             "Miriam Hoffer\nPersonalberaterin IT\n"},
    {"k": ACK, "n": "received_cv_human", "lang": "de", "co": "Wiener Netzwerkdienste",
     "ct": "office@wnd.example.at", "frm": "Wiener Netzwerkdienste <office@wnd.example.at>",
     "subj": "Re: Lebenslauf Henrik Özdemir-Laval", "d": "2026-09-30 08:50 +0200",
     "body": "Hallo Henrik,\n\nLebenslauf ist angekommen, danke! Der Chef schaut ihn sich "
             "nächste Woche an.\n\nLG Gerti\n"},
    {"k": ACK, "n": "smartrecruiters_isar", "lang": "de", "co": "Isar Verkehrsbund", "ct": "",
     "frm": "Isar Verkehrsbund <noreply@smartrecruiters.com>",
     "subj": "Wir haben Ihre Bewerbung erhalten", "d": "2026-02-02 12:12 +0100",
     "fmt": "html", "cte": "base64",
     "html": ats_card("Isar Verkehrsbund", "#2e86c1",
                      "Guten Tag Herr Özdemir-Laval,\n\nvielen Dank für Ihr Interesse am "
                      "Isar Verkehrsbund. Ihre Bewerbung als IT Support Specialist ist bei "
                      "uns eingegangen.\n\nDer Status lässt sich jederzeit in Ihrem "
                      "Bewerberkonto einsehen.\n\nIhr Recruiting-Team",
                      "SmartRecruiters · Impressum")},
    {"k": ACK, "n": "workday_donaubank_ack", "lang": "de", "co": "Donaubank", "ct": "",
     "frm": "Donaubank Karriere <donaubank@myworkday.com>",
     "subj": "Bewerbung eingegangen – Digital Service Center", "d": "2026-09-16 19:40 +0200",
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nwir bestätigen den Eingang Ihrer "
             "Bewerbung für das Digital Service Center. Ihre Bewerbungsnummer lautet "
             "DB-2026-4471.\n\nBitte antworten Sie nicht auf diese automatisch versendete "
             "Nachricht.\n\nDonaubank AG\n"},
    {"k": ACK, "n": "teamtailor_du", "lang": "de", "co": "Salzach Mobil", "ct": "",
     "frm": "Salzach Mobil <noreply@teamtailor-mail.com>",
     "subj": "Danke für deine Bewerbung, Henrik!", "d": "2026-09-25 21:30 +0200",
     "body": "Hey Henrik,\n\nsuper, dass du dabei bist! Deine Bewerbung für „IT-Support "
             "Fahrgastsysteme“ ist bei uns gelandet. Wir melden uns in den nächsten Tagen.\n\n"
             "Dein Team von Salzach Mobil\n"},
    {"k": ACK, "n": "public_body_ack", "lang": "de", "co": "Landesrechenzentrum Steiermark",
     "ct": "bewerbung@lrz-stmk.example.at",
     "frm": "Landesrechenzentrum Steiermark <bewerbung@lrz-stmk.example.at>",
     "subj": "Ausschreibung 04/2026 – Bestätigung des Einlangens", "d": "2026-04-24 10:00 +0200",
     "cs": "windows-1252", "cte": "quoted-printable",
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nwir bestätigen das Einlangen Ihrer "
             "Bewerbung zur Ausschreibung 04/2026. Ihre Bewerbung wird nach Ablauf der "
             "Bewerbungsfrist geprüft. Mit einer Rückmeldung ist in etwa vier Wochen zu "
             "rechnen.\n\nMit freundlichen Grüßen\nPersonalabteilung\n"},
    {"k": ACK, "n": "softgarden_tirolia", "lang": "de", "co": "Tirolia Versicherung", "ct": "",
     "frm": "Tirolia Versicherung <noreply@softgarden.io>",
     "subj": "Ihre Bewerbung ist bei uns angekommen", "d": "2026-08-02 14:14 +0200",
     "fmt": "alt",
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nherzlichen Dank für Ihre Bewerbung als "
             "Workplace Support (Salzburg). Wir haben Ihre Unterlagen vollständig erhalten.\n\n"
             "Leider ist es uns nicht möglich, jede Bewerbung einzeln zu beantworten, bevor "
             "die Vorauswahl abgeschlossen ist. Wir bitten um etwas Geduld.\n\n"
             "Tirolia Versicherung – Human Resources\n",
     "html": simple_html("Sehr geehrter Herr Özdemir-Laval,\n\nherzlichen Dank für Ihre "
                         "Bewerbung als Workplace Support (Salzburg). Wir haben Ihre "
                         "Unterlagen vollständig erhalten.\n\nLeider ist es uns nicht "
                         "möglich, jede Bewerbung einzeln zu beantworten, bevor die "
                         "Vorauswahl abgeschlossen ist. Wir bitten um etwas Geduld.\n\n"
                         "Tirolia Versicherung – Human Resources")},
    {"k": ACK, "n": "headhunter_cv_erhalten", "lang": "de", "co": "Keller & Partner",
     "ct": "f.keller@kellerpartner.example.de",
     "frm": "Florian Keller <f.keller@kellerpartner.example.de>",
     "subj": "Ihre Unterlagen", "d": "2026-06-10 08:20 +0200",
     "body": "Guten Morgen Herr Özdemir-Laval,\n\nIhre Unterlagen habe ich erhalten, danke. "
             "Ich schaue sie mir diese Woche in Ruhe an und melde mich dann, ob ich Sie bei "
             "einem Mandanten vorstellen kann.\n\nViele Grüße\nFlorian Keller\n"
             "Keller & Partner Executive Search\n"},
    {"k": ACK, "n": "successfactors_linz_ack", "lang": "de", "co": "Linzer Tramway", "ct": "",
     "frm": "Linzer Tramway Recruiting <noreply@successfactors.eu>",
     "subj": "Vielen Dank für Ihre Bewerbung", "d": "2026-03-18 06:55 +0100",
     "senc": ("iso-8859-1", "B"),
     "body": "Guten Tag Henrik Özdemir-Laval,\n\nIhre Bewerbung auf die Stelle "
             "„Servicetechniker:in Fahrgastinformationssysteme“ wurde erfolgreich "
             "übermittelt.\n\nLinzer Tramway GmbH – Personalentwicklung\n"},
    {"k": ACK, "n": "lever_pragotech", "lang": "en", "co": "Pragotech", "ct": "",
     "frm": "Pragotech <no-reply@hire.lever.co>",
     "subj": "Pragotech – application received", "d": "2026-07-21 13:50 +0200",
     "body": "Hi Henrik,\n\nWe've got your application for IT Helpdesk (English/German) and "
             "our recruiting team will take a look. Thanks for your interest in Pragotech!\n\n"
             "— Pragotech Recruiting\n"},
    {"k": ACK, "n": "ashby_tramlink", "lang": "en", "co": "Tramlink Software", "ct": "",
     "frm": "Tramlink Software <no-reply@ashbyhq.com>",
     "subj": "We received your application", "d": "2026-08-24 10:30 +0200", "fmt": "html",
     "html": ats_card("Tramlink Software", "#6c3483",
                      "Hello Henrik,\n\nThank you for applying for Support Engineer (Munich/"
                      "Remote). A real human reads every application – expect to hear from "
                      "us within 10 days.\n\nTramlink Software",
                      "Sent via Ashby")},
    {"k": ACK, "n": "bamboohr_helpline", "lang": "en", "co": "Helpline Solutions", "ct": "",
     "frm": "Helpline Solutions <notifications@bamboohr.com>",
     "subj": "Application received: Service Desk Agent (English)", "d": "2026-04-12 17:00 +0200",
     "body": "Dear Henrik,\n\nThank you for your application. This email confirms that we "
             "have received it. Please note that, unfortunately, we cannot reply to every "
             "applicant individually; shortlisted candidates will be contacted.\n\n"
             "Helpline Solutions HR\n"},
    {"k": ACK, "n": "en_agency_registration_prague", "lang": "en", "co": "Nordbrook Talent",
     "ct": "ondrej.kral@nordbrook.example.cz",
     "frm": "Ondřej Král <ondrej.kral@nordbrook.example.cz>", "fenc": ("utf-8", "Q"),
     "subj": "Welcome to Nordbrook Talent", "d": "2026-04-20 12:00 +0200",
     "body": "Hi Henrik,\n\nThanks for registering with Nordbrook Talent. I've received your "
             "CV and added you to our candidate pool for English-speaking IT support roles "
             "in Prague.\n\nBest,\nOndřej\n"},
    {"k": ACK, "n": "fr_accuse_reception", "lang": "fr", "co": "Rhénan Informatique", "ct": "",
     "frm": "Rhénan Informatique <recrutement-noreply@rhenan.example.fr>",
     "subj": "Accusé de réception de votre candidature", "d": "2026-03-10 09:00 +0100",
     "senc": ("utf-8", "Q"),
     "body": "Bonjour,\n\nNous avons bien reçu votre candidature au poste de technicien "
             "support et vous en remercions. Elle sera étudiée avec attention.\n\nEn raison "
             "du nombre important de candidatures, nous ne pouvons malheureusement pas "
             "répondre individuellement à chacun.\n\nLe service recrutement\n"},
    {"k": ACK, "n": "fr_interim_inscription", "lang": "fr", "co": "Interim Plus",
     "ct": "agence.strasbourg@interimplus.example.fr",
     "frm": "Interim Plus Strasbourg <agence.strasbourg@interimplus.example.fr>",
     "subj": "Votre inscription chez Interim Plus", "d": "2026-06-01 16:30 +0200",
     "cs": "windows-1252", "cte": "quoted-printable",
     "body": "Bonjour Henrik,\n\nVotre dossier d'inscription est complet : CV, pièce "
             "d'identité et RIB ont bien été reçus. Vous pouvez désormais être positionné "
             "sur nos missions en Alsace.\n\nÀ bientôt,\nL'équipe Interim Plus\n"},
    {"k": ACK, "n": "fr_taleo_recu", "lang": "fr", "co": "Collectivité Numérique d'Alsace",
     "ct": "", "frm": "Collectivité Numérique d'Alsace <noreply@taleo.net>",
     "subj": "Confirmation de dépôt de candidature", "d": "2026-08-20 10:10 +0200",
     "fmt": "html",
     "html": ats_card("Collectivité Numérique d'Alsace", "#34495e",
                      "Monsieur,\n\nVotre candidature pour le poste « Assistant(e) support "
                      "utilisateurs » a été enregistrée le 20/08/2026.\n\nVous pouvez suivre "
                      "son avancement dans votre espace candidat.",
                      "Message automatique – merci de ne pas répondre.")},
    {"k": ACK, "n": "es_recibida", "lang": "es", "co": "Ebro Sistemas", "ct": "",
     "frm": "Ebro Sistemas <noreply@jobs.recruitee.com>",
     "subj": "Hemos recibido tu candidatura", "d": "2026-06-04 23:10 +0200",
     "body": "Hola Henrik:\n\n¡Gracias por tu interés en Ebro Sistemas! Hemos recibido tu "
             "candidatura para técnico de sistemas junior y la revisaremos en los próximos "
             "días.\n\nEl equipo de Ebro Sistemas\n"},
    {"k": ACK, "n": "es_caja_icims", "lang": "es", "co": "Caja Aragonesa Digital", "ct": "",
     "frm": "Caja Aragonesa Digital <caja-aragonesa@icims.com>",
     "subj": "Confirmación: Soporte Digital a Clientes", "d": "2026-08-14 08:00 +0200",
     "cs": "iso-8859-1", "cte": "quoted-printable",
     "body": "Estimado Henrik:\n\nTe confirmamos que tu solicitud para el puesto de Soporte "
             "Digital a Clientes se ha registrado correctamente. Lamentablemente no podemos "
             "responder de forma individual a todas las personas candidatas, pero "
             "revisaremos tu perfil.\n\nEquipo de Talento\n"},
    {"k": ACK, "n": "kernwerk_recruitee", "lang": "en", "co": "Kernwerk IT", "ct": "",
     "frm": "Kernwerk IT <notifications@jobs.recruitee.com>",
     "subj": "Kernwerk IT | Thanks for your application", "d": "2026-01-09 09:09 +0100",
     "body": "Hi Henrik,\n\nThanks for applying to Support Engineer (English) in Graz. "
             "We've received your application and will get back to you soon.\n\n"
             "Kernwerk IT Recruiting\n"},
    # ---------------- offers ----------------
    {"k": OFF, "n": "servalto_formal_pdf", "lang": "de", "co": "Servalto IT Services",
     "ct": "anna.berger@servalto.example.at", "ref": ["ser_inv", "ser_inv2"],
     "frm": "Anna Berger <anna.berger@servalto.example.at>",
     "subj": "Ihr Angebot – IT Service Desk Agent", "d": "2026-04-14 11:00 +0200",
     "att": [("pdf", "Angebot_Oezdemir-Laval.pdf",
              ["Servalto IT Services GmbH", "Dienstvertrag - Angebot",
               "Eintritt 1. Juni 2026", "Bruttojahresgehalt EUR 38.500"])],
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nes freut uns sehr, Ihnen nach dem "
             "nachgeholten Gespräch mit Frau Lindner die Stelle als IT Service Desk Agent "
             "anbieten zu können. Die Details (Eintritt 1. Juni, Gehalt, Schichtmodell) "
             "finden Sie im beigefügten Angebot.\n\nBitte geben Sie uns bis 24. April "
             "Bescheid.\n\nBeste Grüße\nAnna Berger\nTalent Acquisition\nServalto IT Services "
             "GmbH\n"},
    {"k": OFF, "n": "ebro_oferta", "lang": "es", "co": "Ebro Sistemas",
     "ct": "nuria@ebrosistemas.example.es", "ref": ["ebr_inv", "ebr_move"],
     "frm": "Nuria Lasheras <nuria@ebrosistemas.example.es>",
     "subj": "Oferta – técnico de sistemas", "d": "2026-06-22 13:15 +0200",
     "att": [("pdf", "Oferta_Henrik.pdf", ["Ebro Sistemas", "Oferta de empleo",
                                           "Incorporacion: 1 de septiembre"])],
     "body": "Hola Henrik:\n\n¡Enhorabuena! Queremos que te unas al equipo de soporte. Te "
             "adjunto la oferta con las condiciones (salario, horario e incorporación el 1 "
             "de septiembre).\n\nCuando la revises, llámame y lo hablamos.\n\nNuria\n"},
    {"k": OFF, "n": "agency_client_offer", "lang": "de", "co": "Grazer Linienbetriebe",
     "ct": "m.hoffer@personalwerk.example.at", "ref": ["glb_inv"],
     "frm": "Miriam Hoffer | Personalwerk <m.hoffer@personalwerk.example.at>",
     "subj": "Die Grazer Linienbetriebe wollen Sie!", "d": "2026-06-16 15:00 +0200",
     "body": "Hallo Herr Özdemir-Laval,\n\nich habe tolle Neuigkeiten: Der Kunde möchte Ihnen "
             "ein Angebot machen! Die Grazer Linienbetriebe bieten Ihnen die Stelle im "
             "IT-Servicedesk an, Start 1. August, zunächst über uns als Arbeitskräfteüberlasser, "
             "mit Übernahmeoption nach sechs Monaten.\n\nWann können wir telefonieren?\n\n"
             "Liebe Grüße\nMiriam Hoffer\n"},
    {"k": OFF, "n": "verbal_followup_en", "lang": "en", "co": "Tramlink Software",
     "ct": "jonas@tramlink.example.de", "frm": "Jonas Weber <jonas@tramlink.example.de>",
     "subj": "Following up on our call", "d": "2026-09-18 17:40 +0200",
     "body": "Hi Henrik,\n\nas promised on the phone this afternoon, here's the written "
             "version: we'd love to have you join Tramlink as Support Engineer, starting "
             "1 November, remote from Vienna with one week a month in Munich. Salary as "
             "discussed. The formal contract will come from our HR on Monday.\n\nReally "
             "happy about this!\nJonas\n"},
    {"k": OFF, "n": "contract_for_signature", "lang": "de", "co": "Tirolia Versicherung",
     "ct": "hr@tirolia.example.at", "frm": "HR Tirolia <hr@tirolia.example.at>",
     "subj": "Dienstvertrag zur Unterzeichnung", "d": "2026-09-02 10:25 +0200", "fmt": "alt",
     "att": [("pdf", "Dienstvertrag_Workplace_Support.pdf",
              ["Tirolia Versicherung AG", "Dienstvertrag", "Workplace Support Salzburg"])],
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nanbei erhalten Sie Ihren Dienstvertrag "
             "für die Position Workplace Support in Salzburg. Bitte unterschreiben Sie beide "
             "Seiten und senden Sie uns ein Exemplar bis 9. September zurück.\n\nWir freuen "
             "uns auf die Zusammenarbeit!\n\nTirolia Versicherung AG – Human Resources\n",
     "html": simple_html("Sehr geehrter Herr Özdemir-Laval,\n\nanbei erhalten Sie Ihren "
                         "Dienstvertrag für die Position Workplace Support in Salzburg. "
                         "Bitte unterschreiben Sie beide Seiten und senden Sie uns ein "
                         "Exemplar bis 9. September zurück.\n\nWir freuen uns auf die "
                         "Zusammenarbeit!\n\nTirolia Versicherung AG – Human Resources")},
    {"k": OFF, "n": "fr_promesse_embauche", "lang": "fr", "co": "Banque du Rhin",
     "ct": "rh@banquedurhin.example.fr", "frm": "RH Banque du Rhin <rh@banquedurhin.example.fr>",
     "subj": "Promesse d'embauche – support agences", "d": "2026-10-09 11:30 +0200",
     "att": [("pdf", "Promesse_embauche.pdf", ["Banque du Rhin", "Promesse d'embauche"])],
     "body": "Monsieur,\n\nSuite à vos entretiens et à la mission réalisée via Interim Plus, "
             "nous avons le plaisir de vous proposer un CDI de technicien support agences. "
             "Vous trouverez la promesse d'embauche en pièce jointe.\n\nMerci de nous la "
             "retourner signée.\n\nLa Direction des Ressources Humaines\n"},
    {"k": OFF, "n": "fr_offre_verbale_suite", "lang": "fr", "co": "Rhénan Informatique",
     "ct": "claire.muller@rhenan.example.fr",
     "frm": "Claire Muller <claire.muller@rhenan.example.fr>",
     "subj": "Suite à notre appel", "d": "2026-10-14 16:00 +0200",
     "body": reply("Bonjour Henrik,\n\nComme convenu au téléphone, je vous confirme par écrit "
                   "notre proposition pour le nouveau poste de technicien de proximité : "
                   "démarrage le 2 novembre, 32 k€ brut annuel. Le contrat suivra dès votre "
                   "accord.\n\nClaire Muller\n", "fr", "12 oct. 2026 à 09:12",
                   "Henrik Özdemir-Laval", "henrik.ol@example.at",
                   "Bonjour Madame Muller,\n\nJe me permets de postuler au nouveau poste de "
                   "technicien de proximité, malgré le refus de mars.\n\nHenrik\n")},
    {"k": OFF, "n": "bratislava_offer_en", "lang": "en", "co": "Helpline Solutions",
     "ct": "marek.sulik@helpline.example.sk",
     "frm": "Marek Šulík <marek.sulik@helpline.example.sk>",
     "subj": "Offer of employment – Service Desk (day shift)", "d": "2026-09-24 12:00 +0200",
     "fmt": "alt",
     "att": [("pdf", "Offer_Letter_Helpline.pdf", ["Helpline Solutions", "Offer letter"])],
     "body": "Dear Henrik,\n\nFollowing your onsite interview, I'm pleased to offer you the "
             "position of Service Desk Agent on our day-shift team. The offer letter is "
             "attached; please sign and return it by 1 October.\n\nKind regards,\nMarek Šulík\n",
     "html": simple_html("Dear Henrik,\n\nFollowing your onsite interview, I'm pleased to "
                         "offer you the position of Service Desk Agent on our day-shift team. "
                         "The offer letter is attached; please sign and return it by 1 "
                         "October.\n\nKind regards,\nMarek Šulík")},
    {"k": OFF, "n": "headhunter_forward_offer", "lang": "de", "co": "Bavaria Assekuranz",
     "ct": "f.keller@kellerpartner.example.de",
     "frm": "Florian Keller <f.keller@kellerpartner.example.de>",
     "subj": "WG: Vertragsangebot Bavaria Assekuranz", "d": "2026-10-15 09:00 +0200",
     "body": forward("Hallo Herr Özdemir-Laval,\n\nes hat doch noch geklappt: Bavaria "
                     "Assekuranz bietet Ihnen nach Ihrem Umzug die Stelle an, Beginn 1. "
                     "Dezember. Das Angebot leite ich unten weiter.\n\nFlorian Keller\n", "de",
                     "Brigitte Haas <b.haas@bavaria-assekuranz.example.de>",
                     "Mittwoch, 14. Oktober 2026 17:22", "Florian Keller",
                     "Vertragsangebot Herr Özdemir-Laval",
                     "Lieber Herr Keller,\nwir freuen uns, Herrn Özdemir-Laval die Stelle "
                     "IT Operations Support ab 01.12.2026 anzubieten. Vertrag folgt.\nB. Haas\n")},
    {"k": OFF, "n": "stadtverkehr_intern", "lang": "de", "co": "Stadtverkehr Donau",
     "ct": "t.gruber@stadtverkehr-donau.example.at",
     "frm": "Gruber Thomas <t.gruber@stadtverkehr-donau.example.at>",
     "subj": "Wechsel in die IT-Leitstelle", "d": "2026-10-20 13:00 +0200",
     "body": "Lieber Herr Özdemir-Laval,\n\nnach dem Assessment Center und Ihrer "
             "abgeschlossenen Zertifizierung kann ich Ihnen nun den Wechsel in die "
             "IT-Leitstelle anbieten – als Junior Support ab 1. Jänner 2027. Bitte kommen Sie "
             "nächste Woche zur Vertragsbesprechung vorbei.\n\nMit besten Grüßen\n"
             "Thomas Gruber\nLeitung IT-Betrieb\n"},
]
