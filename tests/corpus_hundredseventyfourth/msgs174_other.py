"""Corpus 174: hand-written `other` mail (52): digests, own mail, look-alikes, notices."""
from __future__ import annotations

from msgs174_common import (CAND, HENRIK_SIG, digest_html, digest_text, outlook_reply,
                            reply, simple_html)

O = "other"


def _list(lid: str, unsub: str) -> dict:
    return {"List-Id": f"<{lid}>", "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


def _digest(n: str, lang: str, frm: str, subj: str, d: str, lid: str, title: str, intro: str,
            items: list, footer: str, **kw) -> dict:
    spec = {"k": O, "n": n, "lang": lang, "frm": frm, "subj": subj, "d": d, "fmt": "alt",
            "hdr": _list(lid, f"https://{lid}/unsubscribe?u=174"),
            "body": digest_text(title, intro, items, footer),
            "html": digest_html(title, intro, items, footer)}
    spec.update(kw)
    return spec


MESSAGES: list[dict] = [
    _digest("jobalert_wien_servicedesk", "de", "Jobbörse Austria <alerts@jobboerse.example.at>",
            "12 neue Jobs: Service Desk in Wien", "2026-01-12 06:00 +0100",
            "alerts.jobboerse.example.at", "Ihr Jobalarm „Service Desk Wien“",
            "Diese Stellen passen zu Ihrer Suche. Tipp: Wer schnell reagiert, bekommt öfter eine "
            "Einladung zum Vorstellungsgespräch.",
            [("1st Level Support (m/w/d) – Servalto", "https://jobboerse.example.at/j/1",
              "Wien 10, Vollzeit, ab 2.600 € brutto"),
             ("IT-Helpdesk Teilzeit – Wiener Netzwerkdienste", "https://jobboerse.example.at/j/2",
              "Wien 3, 25 Std."),
             ("Servicedesk Bank – Donaubank", "https://jobboerse.example.at/j/3",
              "Wien 1, Schichtdienst")],
            "Sie erhalten diese E-Mail, weil Sie einen Jobalarm angelegt haben. Abmelden: "
            "https://jobboerse.example.at/abmelden"),
    _digest("newsletter_absagen_richtig_lesen", "de",
            "Karriere-Kompass <newsletter@karrierekompass.example.at>",
            "Absage erhalten? So machen Sie weiter", "2026-02-05 07:30 +0100",
            "news.karrierekompass.example.at", "Karriere-Kompass – Ausgabe Februar",
            "Eine Absage ist kein Urteil über Sie. Diese Woche: Wie Sie aus „leider müssen wir "
            "Ihnen mitteilen“ etwas lernen, und warum Quereinsteiger im IT-Support gefragt sind.",
            [("Die fünf häufigsten Absagegründe", "https://karrierekompass.example.at/a/absage",
              "Und was Sie dagegen tun können"),
             ("Vorstellungsgespräch: 10 Fragen im Service Desk",
              "https://karrierekompass.example.at/a/fragen", "Mit Musterantworten"),
             ("Quereinstieg aus dem Verkehrsbereich", "https://karrierekompass.example.at/a/quer",
              "Ein Straßenbahnfahrer erzählt")],
            "Newsletter abbestellen: https://karrierekompass.example.at/unsubscribe",
            cte="quoted-printable"),
    _digest("linkedin_like_jobs_en", "en", "Jobnet <jobs-noreply@jobnet.example.com>",
            "Henrik, 8 new jobs for IT Service Desk in Prague", "2026-03-16 08:10 +0100",
            "alerts.jobnet.example.com", "Jobs you may be interested in",
            "Based on your profile and recent applications. Companies are actively interviewing "
            "for these positions.",
            [("Service Desk Analyst – Vltava Digital", "https://jobnet.example.com/v/1",
              "Prague · English · 3 days ago"),
             ("IT Helpdesk (EN/DE) – Pragotech", "https://jobnet.example.com/v/2",
              "Prague · Hybrid · Be an early applicant"),
             ("Desktop Support – Confidential", "https://jobnet.example.com/v/3",
              "Brno · Easy apply")],
            "You are receiving Job alert emails. Unsubscribe: https://jobnet.example.com/u"),
    _digest("infojobs_like_es", "es", "Empleo Aragón <alertas@empleoaragon.example.es>",
            "Nuevas ofertas: soporte informático en Zaragoza", "2026-05-03 07:00 +0200",
            "alertas.empleoaragon.example.es", "Tu alerta de empleo",
            "Estas ofertas coinciden con tu búsqueda. Recuerda: muchas empresas descartan "
            "candidaturas sin carta de presentación.",
            [("Técnico/a helpdesk bilingüe, Talentia Temporal",
              "https://empleoaragon.example.es/o/1", "Zaragoza · Jornada completa"),
             ("Soporte N1, Caja Aragonesa Digital", "https://empleoaragon.example.es/o/2",
              "Zaragoza · Entrevista en 48 h")],
            "Darte de baja: https://empleoaragon.example.es/baja", cs="iso-8859-1",
            cte="quoted-printable"),
    _digest("apec_like_fr", "fr", "Emploi Grand Est <alertes@emploi-grandest.example.fr>",
            "Vos offres du jour – support informatique Strasbourg", "2026-04-21 06:45 +0200",
            "alertes.emploi-grandest.example.fr", "Offres correspondant à votre recherche",
            "Conseil de la semaine : après un refus, demandez toujours un retour au recruteur.",
            [("Technicien support N1 – Interim Plus", "https://emploi-grandest.example.fr/1",
              "Strasbourg · Intérim"),
             ("Assistant support utilisateurs – Collectivité Numérique d'Alsace",
              "https://emploi-grandest.example.fr/2", "Schiltigheim · Fonction publique")],
            "Se désabonner : https://emploi-grandest.example.fr/desabo"),
    _digest("podcast_digest_en", "en", "Second Career Weekly <hello@secondcareer.example.com>",
            "This week: 'We decided not to proceed' – what it really means",
            "2026-06-07 09:00 +0200", "weekly.secondcareer.example.com", "Second Career Weekly",
            "Three stories from readers who got rejected, then hired. Plus: how to handle an "
            "interview that gets moved three times.",
            [("Reading between the lines of rejection emails",
              "https://secondcareer.example.com/p/rejections", "6 min read"),
             ("When the interviewer doesn't show up", "https://secondcareer.example.com/p/noshow",
              "It happens more than you think"),
             ("Offer negotiation for career changers", "https://secondcareer.example.com/p/offer",
              "Podcast, 32 min")],
            "Unsubscribe anytime: https://secondcareer.example.com/unsub"),
    _digest("ams_newsletter", "de", "AMS Kursinfo Wien <kursinfo@ams-kurse.example.at>",
            "Neue Kurse: IT-Support Grundlagen & Bewerbungstraining", "2026-01-26 10:00 +0100",
            "kursinfo.ams-kurse.example.at", "Kursangebote im Februar",
            "Üben Sie Vorstellungsgespräche unter realen Bedingungen – im Bewerbungstraining "
            "simulieren wir Einladung, Gespräch und Absage.",
            [("CompTIA A+ Vorbereitung", "https://ams-kurse.example.at/k/a-plus",
              "8 Wochen, Wien 2"),
             ("Bewerbungstraining für Quereinsteiger", "https://ams-kurse.example.at/k/bt",
              "3 Tage, Linz")],
            "Abmeldung: https://ams-kurse.example.at/abmelden", cs="windows-1252",
            cte="quoted-printable"),
    _digest("stepstone_like_munich", "de", "JobRadar Bayern <radar@jobradar.example.de>",
            "Neue Stellen für Sie in München", "2026-07-13 06:30 +0200",
            "radar.jobradar.example.de", "JobRadar",
            "Diese Arbeitgeber laden gerade zum Vorstellungsgespräch ein.",
            [("IT Field Support – Isar Verkehrsbund", "https://jobradar.example.de/1",
              "München, Vollzeit"),
             ("Support Engineer – Tramlink Software", "https://jobradar.example.de/2",
              "München/Remote")],
            "Sie möchten keine JobRadar-Mails mehr? https://jobradar.example.de/abmelden"),
    {"k": O, "n": "career_article_de", "lang": "de",
     "frm": "Der Standard Karriere <karriere-newsletter@derblatt.example.at>",
     "subj": "Warum Quereinsteiger im IT-Support die besseren Zuhörer sind",
     "d": "2026-03-01 08:00 +0100", "fmt": "html",
     "hdr": _list("karriere.derblatt.example.at", "https://derblatt.example.at/nl/abmelden"),
     "html": simple_html("Liebe Leserin, lieber Leser,\n\nwer jahrelang Fahrgäste beruhigt "
                         "hat, kann auch verärgerte Anwender beruhigen. Unsere Autorin hat mit "
                         "Personalchefs gesprochen, die lieber einen Quereinsteiger zum "
                         "Vorstellungsgespräch einladen als einen Absolventen ohne "
                         "Kundenerfahrung. Und sie erklärt, warum eine Absage nach dem "
                         "Erstgespräch oft am Gehalt und nicht an der Person liegt.\n\n"
                         "Weiterlesen: https://derblatt.example.at/karriere/quereinstieg\n\n"
                         "Newsletter abbestellen: https://derblatt.example.at/nl/abmelden")},
    {"k": O, "n": "podcast_interview_request", "lang": "de",
     "frm": "Lisa Hammerl <lisa@umsteigen-podcast.example.at>",
     "subj": "Interview-Anfrage für unseren Podcast „Umsteigen“", "d": "2026-05-28 12:00 +0200",
     "body": "Hallo Henrik,\n\nich mache den Podcast „Umsteigen“ über Menschen, die beruflich "
             "die Spur wechseln. Ein Kollege von den Öffis hat mir erzählt, dass du von der "
             "Bim in die IT willst. Hättest du Lust auf ein Interview für eine Folge? Dauer "
             "ca. 45 Minuten, Aufnahme im Studio im 7. Bezirk, Termin nach deiner Wahl.\n\n"
             "Liebe Grüße\nLisa Hammerl\n"},
    {"k": O, "n": "user_research_interview", "lang": "en",
     "frm": "Jobnet Research <research@jobnet.example.com>",
     "subj": "Invitation: 30-min user interview about job alerts (€40 voucher)",
     "d": "2026-04-03 14:00 +0200",
     "body": "Hi Henrik,\n\nWe're improving how job alerts work and would love to interview "
             "you about your experience as an active job seeker. It's a 30-minute video call "
             "with our UX team, and you'll receive a €40 voucher as a thank-you.\n\nPick a "
             "slot: https://research.jobnet.example.com/book/174\n\nThe Jobnet Research Team\n"},
    {"k": O, "n": "package_delayed", "lang": "de",
     "frm": "Paketdienst Austria <info@paket.example.at>",
     "subj": "Ihre Sendung verspätet sich leider", "d": "2026-02-17 13:22 +0100",
     "hdr": {"Auto-Submitted": "auto-generated"},
     "body": "Sehr geehrter Kunde,\n\nleider verzögert sich die Zustellung Ihrer Sendung "
             "1Z174AT0099 (Absender: Technikhandel). Unfortunately wir müssen Ihnen mitteilen, "
             "dass der neue Zustelltermin Donnerstag ist. Aktuelle Position: Verteilzentrum "
             "Wien-Inzersdorf.\n\nIhr Paketdienst\n"},
    {"k": O, "n": "gps_position_fleet", "lang": "de",
     "frm": "Flottenortung SVD <ortung@stadtverkehr-donau.example.at>",
     "subj": "Positionsmeldung Zug 4172 – Linie 18", "d": "2026-01-15 05:42 +0100",
     "hdr": {"Auto-Submitted": "auto-generated"},
     "body": "Automatische Meldung\n\nFahrzeug: 4172\nFahrer: Özdemir-Laval H.\nPosition: "
             "48.1862 N, 16.3779 E (Matzleinsdorfer Platz)\nVerspätung: 4 min\nStatus: "
             "Kurs planmäßig fortgesetzt.\n\nDiese Nachricht wurde vom Leitsystem erzeugt.\n"},
    {"k": O, "n": "friend_own_rejection", "lang": "de",
     "frm": "Stefan Brunner <stefan.brunner@mailbox.example.at>",
     "subj": "Bei mir hat's leider nicht geklappt", "d": "2026-03-21 21:50 +0100",
     "body": "Servus Henrik,\n\nnur kurz: Ich hab heute die Absage von der Donaubank "
             "gekriegt, die wollten mich nach dem zweiten Gespräch doch nicht. Na ja. Wie "
             "läuft's bei dir mit deinen Bewerbungen? Bier am Samstag?\n\nStefan\n"},
    {"k": O, "n": "own_thankyou_meridia", "lang": "de", "id": "mer_thanks", "ref": ["mer_inv"],
     "frm": CAND, "to": "Sabine Renner <sabine.renner@meridia.example.at>",
     "subj": "Danke für das Gespräch am Dienstag", "d": "2026-05-19 21:14 +0200",
     "body": "Sehr geehrte Frau Renner,\n\nvielen Dank für das angenehme Interview heute. Ich "
             "freue mich sehr auf eine Zusage und stehe für einen Probetag gerne zur "
             "Verfügung.\n\n" + HENRIK_SIG},
    {"k": O, "n": "own_application_kernwerk", "lang": "de", "frm": CAND,
     "to": "Jakob Pichler <j.pichler@kernwerk.example.at>",
     "subj": "Bewerbung Service Desk Graz", "d": "2026-02-25 19:03 +0100",
     "att": [("pdf", "Lebenslauf_Oezdemir-Laval.pdf", ["Lebenslauf", "Henrik Oezdemir-Laval"])],
     "body": "Sehr geehrter Herr Pichler,\n\nanbei meine Bewerbung. Ich habe gelesen, dass Sie "
             "leider nicht jedem Bewerber antworten können – ich hoffe trotzdem auf eine "
             "Rückmeldung.\n\n" + HENRIK_SIG},
    {"k": O, "n": "own_reschedule_request_en", "lang": "en", "frm": CAND,
     "to": "Zuzana Horňáková <zuzana.hornakova@helpline.example.sk>",
     "subj": "RE: We couldn't reach you", "d": "2026-04-20 19:30 +0200",
     "ref": ["hel_inv", "hel_missed"],
     "body": reply("Dear Zuzana,\n\nI'm so sorry – my shift was extended due to a "
                   "breakdown on the line and I had no signal in the depot. Could we "
                   "reschedule the phone screen to later this week? Any time after 14:00 "
                   "works.\n\nBest regards,\nHenrik\n", "en", "Mon, 20 Apr 2026 at 10:35",
                   "Zuzana Horňáková", "zuzana.hornakova@helpline.example.sk",
                   "Hi Henrik,\n\nI tried calling you twice at 10:00 for our phone screen but "
                   "it went straight to voicemail.\n\nZuzana\n")},
    {"k": O, "n": "own_followup_vltava", "lang": "en", "frm": CAND,
     "to": "Petra Novák <petra.novak@vltava.example.cz>",
     "subj": "Re: Missed interview – Service Desk Analyst L2", "d": "2026-06-05 16:02 +0200",
     "ref": ["vlt_inv", "vlt_missed"],
     "body": "Dear Petra,\n\nI'm very sorry I missed the call today, my shift was extended "
             "because of a line closure. Could we possibly find another time?\n\nHenrik\n"},
    {"k": O, "n": "own_application_fr", "lang": "fr", "frm": CAND,
     "to": "Claire Muller <claire.muller@rhenan.example.fr>",
     "subj": "Candidature – technicien de proximité", "d": "2026-10-12 09:12 +0200",
     "body": "Bonjour Madame Muller,\n\nJe me permets de postuler au nouveau poste de "
             "technicien de proximité, malgré le refus de mars. Je reste très motivé par "
             "Rhénan Informatique.\n\nBien cordialement,\n" + HENRIK_SIG},
    {"k": O, "n": "own_application_es", "lang": "es", "frm": CAND,
     "to": "RRHH Ebro Sistemas <rrhh@ebrosistemas.example.es>",
     "subj": "Candidatura técnico de sistemas junior", "d": "2026-06-04 22:58 +0200",
     "att": [("pdf", "CV_Henrik_Oezdemir-Laval.pdf", ["Curriculum vitae", "Henrik"])],
     "body": "Estimados señores:\n\nLes envío mi candidatura para el puesto de técnico de "
             "sistemas junior. Actualmente soy conductor de tranvía en Viena y estoy "
             "terminando una certificación de soporte TI. Quedo a la espera de una "
             "entrevista.\n\nSaludos cordiales,\n" + HENRIK_SIG},
    {"k": O, "n": "own_accept_offer_de", "lang": "de", "frm": CAND,
     "to": "Anna Berger <anna.berger@servalto.example.at>",
     "subj": "AW: Ihr Angebot – IT Service Desk Agent", "d": "2026-04-20 08:30 +0200",
     "body": "Sehr geehrte Frau Berger,\n\nherzlichen Dank für das Angebot. Ich habe es "
             "gründlich gelesen und hätte noch eine Frage zum Schichtmodell, bevor ich "
             "unterschreibe. Könnten wir kurz telefonieren?\n\n" + HENRIK_SIG},
    {"k": O, "n": "own_confirm_es", "lang": "es", "frm": CAND,
     "to": "Nuria Lasheras <nuria@ebrosistemas.example.es>",
     "subj": "Re: Entrevista para técnico de sistemas", "d": "2026-06-12 10:02 +0200",
     "body": "Hola Nuria:\n\nSin problema, el martes 16 a las 16:30 me viene perfecto. "
             "¡Gracias!\n\nHenrik\n"},
    {"k": O, "n": "own_withdraw_de", "lang": "de", "frm": CAND,
     "to": "Datavia Jobs <n.eder@datavia.example.at>",
     "subj": "Rückzug meiner Bewerbung", "d": "2026-04-17 18:00 +0200",
     "body": "Hallo Nina,\n\ntut mir leid wegen gestern – der Link hat bei mir nicht "
             "funktioniert. Ich habe inzwischen aber ein anderes Angebot angenommen und "
             "ziehe meine Bewerbung zurück. Danke für alles!\n\nHenrik\n"},
    {"k": O, "n": "cold_approach_en", "lang": "en",
     "frm": "Ryan O'Connell <ryan@brightpath-search.example.ie>",
     "subj": "Service desk opportunities in Vienna", "d": "2026-02-09 11:45 +0100",
     "body": "Hi Henrik,\n\nI came across your profile and noticed you're moving into IT "
             "support. I work with several companies in Vienna that are hiring English-"
             "speaking service desk staff. No specific role yet, but I'd be happy to connect "
             "and keep you in mind.\n\nBest,\nRyan O'Connell\nBrightPath Search\n"},
    {"k": O, "n": "cold_approach_de", "lang": "de",
     "frm": "Verena Lechner <v.lechner@itpeople.example.at>",
     "subj": "Ihr Profil hat mich neugierig gemacht", "d": "2026-08-06 10:10 +0200",
     "body": "Guten Tag Herr Özdemir-Laval,\n\nich bin Personalberaterin bei IT People und "
             "betreue Kunden aus dem Banken- und Versicherungsumfeld. Ihr Weg aus dem "
             "Fahrdienst in die IT gefällt mir. Hätten Sie grundsätzlich Interesse, dass wir "
             "uns einmal unverbindlich austauschen? Eine konkrete Stelle habe ich derzeit "
             "nicht.\n\nFreundliche Grüße\nVerena Lechner\nIT People Personalberatung\n"},
    {"k": O, "n": "bank_termin_kredit", "lang": "de",
     "frm": "Ihre Donaubank Filiale <filiale.landstrasse@donaubank.example.at>",
     "subj": "Terminbestätigung: Beratungsgespräch Wohnkredit", "d": "2026-05-05 09:00 +0200",
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nwir bestätigen Ihren Termin für ein "
             "Beratungsgespräch zum Wohnkredit am 12. Mai um 17:00 Uhr in der Filiale "
             "Landstraße. Bitte bringen Sie Ihre letzten drei Gehaltszettel mit.\n\nIhre "
             "Donaubank\n"},
    {"k": O, "n": "bank_position_depot", "lang": "en",
     "frm": "Donaubank Online <service-noreply@donaubank.example.at>",
     "subj": "Your position in ETF World has been updated", "d": "2026-06-30 20:00 +0200",
     "hdr": {"Auto-Submitted": "auto-generated"},
     "body": "Dear customer,\n\nA new position statement for your securities account is "
             "available. Unfortunately the June savings plan execution was rejected due to "
             "insufficient funds.\n\nLog in to George Online to view details.\n"},
    {"k": O, "n": "landlord_besichtigung", "lang": "de",
     "frm": "Hausverwaltung Kaltenbrunner <hv@kaltenbrunner.example.at>",
     "subj": "Wohnungsbesichtigung: Absage Ihres Antrags", "d": "2026-07-09 11:30 +0200",
     "cs": "iso-8859-1", "cte": "quoted-printable", "senc": ("iso-8859-1", "Q"),
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\ndanke für Ihr Interesse an der Wohnung in "
             "der Gudrunstraße. Leider hat sich der Eigentümer für andere Mietinteressenten "
             "entschieden. Die Besichtigung am Montag entfällt daher für Sie.\n\n"
             "Hausverwaltung Kaltenbrunner\n"},
    {"k": O, "n": "school_elternsprechtag", "lang": "de",
     "frm": "VS Reinprechtsdorf <direktion@vs-reinprechtsdorf.example.at>",
     "subj": "Einladung zum Elterngespräch", "d": "2026-03-04 12:30 +0100",
     "body": "Sehr geehrte Eltern,\n\nwir laden Sie zum Elternsprechtag am 18. März ein. "
             "Bitte tragen Sie sich für ein 10-minütiges Gespräch mit der Klassenlehrerin "
             "von Lea in die Liste ein.\n\nMit freundlichen Grüßen\nDirektion\n"},
    {"k": O, "n": "doctor_appointment_moved", "lang": "de",
     "frm": "Ordination Dr. Wieser <ordination@dr-wieser.example.at>",
     "subj": "Ihr Termin wurde verschoben", "d": "2026-02-26 08:15 +0100",
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nIhr Termin zur Gesundenuntersuchung am "
             "Montag muss leider auf Mittwoch, 4. März, 7:45 Uhr verschoben werden, da Frau "
             "Dr. Wieser erkrankt ist.\n\nIhr Ordinationsteam\n"},
    {"k": O, "n": "ooo_reply_de", "lang": "de",
     "frm": "Katrin Wallner <katrin.wallner@meridia.example.at>",
     "subj": "Automatische Antwort: Bewerbung 1st Level Support Linz",
     "d": "2026-02-20 09:01 +0100",
     "hdr": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": "Vielen Dank für Ihre Nachricht. Ich bin bis 2. März nicht im Büro und habe "
             "keinen Zugriff auf meine E-Mails. Ihre Bewerbung wird nach meiner Rückkehr "
             "bearbeitet. In dringenden Fällen wenden Sie sich an hr@meridia.example.at.\n\n"
             "Katrin Wallner\n"},
    {"k": O, "n": "ooo_reply_fr", "lang": "fr",
     "frm": "Sophie Kieffer – Interim Plus <s.kieffer@interimplus.example.fr>",
     "subj": "Réponse automatique : Re: Entretien chez notre client bancaire",
     "d": "2026-06-13 08:00 +0200", "hdr": {"Auto-Submitted": "auto-replied"},
     "body": "Bonjour,\n\nJe suis absente jusqu'au 15 juin inclus. Pour toute question "
             "urgente concernant un entretien ou une mission, contactez l'agence au 03 88 55 "
             "20 20.\n\nSophie Kieffer\n"},
    {"k": O, "n": "ooo_reply_en", "lang": "en",
     "frm": "Lukas Brandl <lukas.brandl@isar-vb.example.de>",
     "subj": "Automatic reply: Today's interview", "d": "2026-07-28 19:00 +0200",
     "hdr": {"Auto-Submitted": "auto-replied"},
     "body": "Thank you for your email. I am out of the office until 3 August with limited "
             "access to email. For urgent recruiting matters please contact "
             "jobs@isar-vb.example.de.\n"},
    {"k": O, "n": "linkedin_viewed_profile", "lang": "en",
     "frm": "Jobnet <notifications-noreply@jobnet.example.com>",
     "subj": "A recruiter from Vltava Digital viewed your profile", "d": "2026-05-15 12:00 +0200",
     "hdr": _list("notify.jobnet.example.com", "https://jobnet.example.com/settings/email"),
     "fmt": "html",
     "html": simple_html("Henrik, your profile is getting noticed!\n\nA recruiter from Vltava "
                         "Digital viewed your profile. Candidates who reply to recruiters are "
                         "4x more likely to get an interview.\n\nSee who viewed your profile: "
                         "https://jobnet.example.com/me/views\n\nUnsubscribe: "
                         "https://jobnet.example.com/settings/email")},
    {"k": O, "n": "linkedin_application_viewed", "lang": "de",
     "frm": "Jobnet <notifications-noreply@jobnet.example.com>",
     "subj": "Ihre Bewerbung wurde angesehen", "d": "2026-08-27 08:40 +0200",
     "hdr": _list("notify.jobnet.example.com", "https://jobnet.example.com/settings/email"),
     "body": "Hallo Henrik,\n\nTramlink Software hat Ihre Bewerbung für Support Engineer "
             "angesehen. Tipp: Bereiten Sie sich schon jetzt auf ein mögliches "
             "Vorstellungsgespräch vor.\n\nJobnet\n"},
    {"k": O, "n": "course_refusal_fh", "lang": "de",
     "frm": "FH Campus Donau Aufnahme <aufnahme@fh-campusdonau.example.at>",
     "subj": "Aufnahmeverfahren Bachelor IT-Infrastruktur (berufsbegleitend)",
     "d": "2026-07-03 14:00 +0200", "cs": "windows-1252", "cte": "quoted-printable",
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nleider müssen wir Ihnen mitteilen, dass "
             "wir Ihnen im aktuellen Aufnahmeverfahren keinen Studienplatz anbieten können. "
             "Sie befinden sich auf Rang 7 der Warteliste.\n\nMit freundlichen Grüßen\n"
             "Aufnahmebüro\n"},
    {"k": O, "n": "course_refusal_es", "lang": "es",
     "frm": "Universidad Abierta Aragón <admisiones@uaa.example.es>",
     "subj": "Resolución de admisión – Máster en Ciberseguridad", "d": "2026-07-24 12:00 +0200",
     "body": "Estimado Henrik:\n\nLamentamos comunicarle que su solicitud de admisión al "
             "Máster en Ciberseguridad no ha sido aceptada por falta de plazas. Podrá "
             "presentar una nueva solicitud en la próxima convocatoria.\n\nOficina de "
             "Admisiones\n"},
    {"k": O, "n": "course_refusal_fr", "lang": "fr",
     "frm": "Université de Strasbourg – Formation continue <fc@unistra-fc.example.fr>",
     "subj": "Votre demande d'inscription au DU Administration systèmes",
     "d": "2026-09-10 15:00 +0200", "senc": ("iso-8859-1", "Q"), "cs": "iso-8859-1",
     "cte": "quoted-printable",
     "body": "Monsieur,\n\nNous avons le regret de vous informer que votre demande "
             "d'inscription au diplôme universitaire n'a pas été retenue par la commission "
             "pédagogique.\n\nLe service de formation continue\n"},
    {"k": O, "n": "press_interview_fr", "lang": "fr",
     "frm": "Julie Weber – Dernières Nouvelles <j.weber@dna-journal.example.fr>",
     "subj": "Demande d'interview – reconversion dans le numérique", "d": "2026-10-02 10:30 +0200",
     "body": "Bonjour Monsieur Özdemir-Laval,\n\nJe prépare un article sur les personnes qui "
             "se reconvertissent vers les métiers du support informatique en Alsace. "
             "Accepteriez-vous une interview de 20 minutes par téléphone cette semaine ?\n\n"
             "Julie Weber, journaliste\n"},
    {"k": O, "n": "es_amigo_rechazo", "lang": "es",
     "frm": "Javier Lacasa <javi.lacasa@correo.example.es>",
     "subj": "Al final no me cogieron", "d": "2026-06-20 22:40 +0200",
     "body": "Hola Henrik,\n\nya me han dicho que no en lo de la Caja Aragonesa, después de "
             "tres entrevistas. Estoy un poco hundido. ¿Tú qué tal con lo de Ebro? Cuando "
             "vengas a Zaragoza nos tomamos algo.\n\nJavi\n"},
    {"k": O, "n": "es_newsletter_consejos", "lang": "es",
     "frm": "Blog Cambio de Carrera <boletin@cambiodecarrera.example.es>",
     "subj": "Cómo responder a una oferta de trabajo sin quemar puentes",
     "d": "2026-08-09 08:00 +0200", "fmt": "html",
     "hdr": _list("boletin.cambiodecarrera.example.es", "https://cambiodecarrera.example.es/baja"),
     "html": simple_html("Hola:\n\nEsta semana hablamos de qué hacer cuando recibes una "
                         "oferta y todavía tienes entrevistas pendientes, y de cómo pedir "
                         "feedback tras un rechazo.\n\nLeer artículo: "
                         "https://cambiodecarrera.example.es/oferta\n\nDarse de baja: "
                         "https://cambiodecarrera.example.es/baja")},
    {"k": O, "n": "es_casero", "lang": "es",
     "frm": "Inmobiliaria Pilar <alquiler@inmopilar.example.es>",
     "subj": "Visita al piso de la calle Delicias", "d": "2026-08-21 13:00 +0200",
     "body": "Hola Henrik,\n\nte confirmo la visita al piso el sábado a las 11:00. Trae una "
             "copia de tu contrato de trabajo o de tu oferta, el propietario lo pide.\n\n"
             "Pilar\n"},
    {"k": O, "n": "es_ooo", "lang": "es",
     "frm": "Alba Gil <alba.gil@talentia.example.es>",
     "subj": "Respuesta automática: ¿Hablamos mañana?", "d": "2026-08-03 07:00 +0200",
     "hdr": {"Auto-Submitted": "auto-replied"},
     "body": "Estoy de vacaciones hasta el 24 de agosto. Para entrevistas o procesos en "
             "curso, escribe a zaragoza@talentia.example.es.\n\nAlba Gil\n"},
    {"k": O, "n": "forwarded_rejection_to_friend", "lang": "de", "frm": CAND,
     "to": "Stefan Brunner <stefan.brunner@mailbox.example.at>",
     "subj": "WG: Ihre Bewerbung als IT Service Desk Agent (m/w/d) – Donaubank",
     "d": "2026-02-11 20:10 +0100",
     "body": "Stefan, schau – die Donaubank hat mir auch abgesagt. Willkommen im Club.\n\n"
             "---------- Weitergeleitete Nachricht ---------\nVon: Donaubank Karriere "
             "<donaubank@myworkday.com>\nBetreff: Ihre Bewerbung\n\nNach sorgfältiger Prüfung "
             "müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter "
             "berücksichtigen können.\n"},
    {"k": O, "n": "company_newsletter_intern", "lang": "de",
     "frm": "Stadtverkehr Donau Intern <intranet@stadtverkehr-donau.example.at>",
     "subj": "Mitarbeiterinfo: Dienstplanänderungen und offene Positionen",
     "d": "2026-09-01 06:00 +0200",
     "hdr": _list("intern.stadtverkehr-donau.example.at",
                  "mailto:intranet@stadtverkehr-donau.example.at?subject=abmelden"),
     "body": "Liebe Kolleginnen und Kollegen,\n\nab 14. September gelten neue Dienstpläne im "
             "Fahrdienst. Interne Stellenausschreibungen: IT-Leitstelle (2 Positionen), "
             "Werkstatt Simmering. Bewerbungsgespräche finden im Oktober statt.\n\nEuer "
             "Intranet-Team\n"},
    {"k": O, "n": "certification_result", "lang": "en",
     "frm": "CertTest Center <results@certtest.example.com>",
     "subj": "Your exam result: IT Support Fundamentals", "d": "2026-09-30 17:00 +0200",
     "body": "Congratulations, Henrik!\n\nYou passed the IT Support Fundamentals exam with "
             "812/900. Your digital badge is available in your account.\n\nCertTest Center\n"},
    {"k": O, "n": "own_sent_outlook_reply", "lang": "de", "frm": CAND,
     "to": "Miriam Hoffer <m.hoffer@personalwerk.example.at>",
     "subj": "AW: Was war los?", "d": "2026-04-09 18:45 +0200",
     "body": outlook_reply("Liebe Frau Hoffer,\n\nes tut mir furchtbar leid – ich hatte den "
                           "Termin falsch im Kalender. Bitte entschuldigen Sie mich bei der "
                           "Sparkasse. Gibt es eine Chance auf einen neuen Termin?\n\nHenrik\n",
                           "de", "Miriam Hoffer | Personalwerk <m.hoffer@personalwerk.example.at>",
                           "Donnerstag, 9. April 2026 14:20", "Henrik Özdemir-Laval",
                           "Was war los?",
                           "die Alpenländische Sparkasse hat mich gerade angerufen – man hat "
                           "Sie um 13 Uhr in der Filiale erwartet, und Sie waren nicht da.\n")},
    {"k": O, "n": "survey_candidate_experience", "lang": "en",
     "frm": "Candidate Survey <survey-noreply@feedbackloop.example.com>",
     "subj": "How was your interview experience with Isar Verkehrsbund?",
     "d": "2026-08-05 10:00 +0200",
     "hdr": _list("survey.feedbackloop.example.com", "https://feedbackloop.example.com/optout"),
     "body": "Hi Henrik,\n\nYou recently interviewed with Isar Verkehrsbund. Please rate your "
             "candidate experience – it takes 2 minutes.\n\nhttps://feedbackloop.example.com/"
             "s/174\n\nOpt out: https://feedbackloop.example.com/optout\n"},
    {"k": O, "n": "insurance_claim_rejected", "lang": "de",
     "frm": "Meridia Versicherung Kundenservice <kundenservice@meridia.example.at>",
     "subj": "Ihre Schadensmeldung Nr. 2026-88123", "d": "2026-09-08 11:00 +0200",
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nnach Prüfung Ihrer Schadensmeldung "
             "(Fahrraddiebstahl) müssen wir Ihnen leider mitteilen, dass wir den Schaden "
             "nicht übernehmen können, da das Fahrrad nicht versperrt war.\n\nIhr "
             "Kundenservice\n"},
    {"k": O, "n": "friend_fr_entretien", "lang": "fr",
     "frm": "Camille Roth <camille.roth@courriel.example.fr>",
     "subj": "Mon entretien s'est bien passé !", "d": "2026-06-27 20:00 +0200",
     "body": "Salut Henrik,\n\nJe voulais te dire que mon entretien chez Interim Plus s'est "
             "super bien passé, ils m'ont même proposé un poste ! Et toi, des nouvelles de "
             "la banque ?\n\nBises,\nCamille\n"},
    {"k": O, "n": "own_mail_to_self_notes", "lang": "de", "frm": CAND,
     "to": CAND, "subj": "Notizen Bewerbungen Oktober", "d": "2026-10-18 22:00 +0200",
     "body": "- Servalto: Angebot abgelehnt (Schichten)\n- Tirolia: Vertrag unterschrieben\n"
             "- Bavaria Assekuranz: Angebot via Keller – Entscheidung bis 25.10.\n"
             "- Helpline: Absage wegen Slowakisch\n"},
    {"k": O, "n": "it_training_webinar", "lang": "de",
     "frm": "Servicedesk Akademie <webinar@sd-akademie.example.at>",
     "subj": "Webinar: Das erste Jahr im Service Desk", "d": "2026-10-13 16:00 +0200",
     "hdr": _list("webinar.sd-akademie.example.at", "https://sd-akademie.example.at/abmelden"),
     "fmt": "alt", "cte": "base64",
     "body": "Hallo Henrik,\n\nam 22. Oktober zeigen wir live, wie Sie Tickets priorisieren, "
             "mit Eskalationen umgehen und Ihr Probezeitgespräch vorbereiten.\n\nJetzt "
             "anmelden: https://sd-akademie.example.at/webinar\n",
     "html": simple_html("Hallo Henrik,\n\nam 22. Oktober zeigen wir live, wie Sie Tickets "
                         "priorisieren, mit Eskalationen umgehen und Ihr Probezeitgespräch "
                         "vorbereiten.\n\nJetzt anmelden: https://sd-akademie.example.at/"
                         "webinar")},
]
