"""Corpus 55 data: "other" mail that sits close to job mail (alerts, newsletters, cold
outreach, other kinds of interview, the candidate's own mail, auto-replies). Standard library
only."""

from __future__ import annotations

from msgs55_common import ME_FULL, de_quote, gmail, m

X = "other"


def _bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


MESSAGES = [
    # ---------------------------------------------------------------- job alerts and digests
    m(X, "stepstone_alert", "de", "StepStone Job-Agent <jobagent@stepstone.de>",
      "12 neue Jobs: Pflegedienstleitung in Hamburg", "2026-01-15T06:00:00+01:00", "",
      html="<html><body><table width='600' style='font-family:Arial'>"
      "<tr><td><img src='https://www.stepstone.example.de/logo.png' alt='StepStone'></td></tr>"
      "<tr><td><h2>Ihre neuen Jobs für „Pflegedienstleitung“</h2></td></tr>"
      + "".join(f"<tr><td style='border-bottom:1px solid #ddd;padding:8px'><a href='https://"
                f"www.stepstone.example.de/stellenangebote--{n}?utm_source=jobagent'>{t}</a>"
                f"<br><span style='color:#666'>{c} · Hamburg</span></td></tr>"
                for n, t, c in [(1, "Pflegedienstleitung (m/w/d) stationär", "Alstertal Pflege"),
                                (2, "Stellv. Pflegedienstleitung", "Hansepflege Nord"),
                                (3, "PDL ambulant – Vollzeit", "Sozialstation Wandsbek"),
                                (4, "Pflegedienstleitung Intensivpflege", "Intensiv Zuhause")])
      + "<tr><td style='font-size:11px;color:#999'>Sie erhalten diese E-Mail, weil Sie einen "
      "Job-Agenten angelegt haben. <a href='https://www.stepstone.example.de/unsub'>Abmelden</a>"
      "</td></tr></table></body></html>",
      hdr=_bulk("<jobagent.stepstone.de>", "https://www.stepstone.example.de/unsub?u=88")),
    m(X, "linkedin_alert", "en", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
      "“clinical application specialist”: 9 new jobs in Germany", "2026-02-02T07:14:00+00:00",
      "Your job alert for clinical application specialist in Germany\n\n"
      "Clinical Application Specialist – PDMS\nIntensioSoft · Berlin (Hybrid)\n"
      "Actively recruiting · 3 connections work here\nhttps://www.linkedin.com/comm/jobs/view/1\n\n"
      "Application Specialist Radiology IT\nBildwerk Systems · Erlangen\n"
      "Be an early applicant\nhttps://www.linkedin.com/comm/jobs/view/2\n\n"
      "Clinical Specialist Infusion (m/f/d)\nAquaMed Devices · Remote\n"
      "https://www.linkedin.com/comm/jobs/view/3\n\nSee all jobs\n\n"
      "You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/unsub\n"
      "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.",
      fmt="alt", hdr=_bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/unsub")),
    m(X, "indeed_digest", "de", "Indeed <alert@indeed.com>",
      "Qualitätsmanagerin Gesundheitswesen – 7 neue Stellen in Hannover",
      "2026-03-06T05:40:00+01:00",
      "Neue Jobs, die zu Ihrer Suche passen\n\nQualitätsmanagementbeauftragte (m/w/d)\n"
      "Medizinisches Versorgungszentrum Linden – Hannover\n4.200 € – 4.800 € pro Monat\n"
      "Einfach bewerben\n\nReferent*in Patientensicherheit\nKlinikum Region Hannover-Nord\n"
      "Vor 2 Tagen geschaltet\n\nQM-Koordinator Pflege\nSeniorenstift Herrenhausen\n\n"
      "Alle Jobs anzeigen: https://de.indeed.example.com/jobs?q=qm\n\n"
      "Abmelden: https://de.indeed.example.com/unsubscribe",
      fmt="alt", hdr=_bulk("<alerts.indeed.com>", "https://de.indeed.example.com/unsubscribe")),
    m(X, "medijobs_weekly", "de", "Medi-Jobs Newsletter <newsletter@medi-jobs.example.de>",
      "Deine Woche: 25 Jobs für Pflegekräfte + Gehaltsreport 2026", "2026-04-13T08:00:00+02:00",
      "Hallo Friederike,\n\ndiese Woche neu für dich:\n- Stationsleitung Kardiologie, Köln\n"
      "- Praxisanleitung Intensiv, Düsseldorf\n- Pflegeexpertin APN, Bonn\n\n"
      "Außerdem im Magazin: Gehaltsreport 2026 – was verdienen Stationsleitungen wirklich?\n\n"
      "Zum Newsletter abmelden: https://medi-jobs.example.de/abmelden",
      fmt="alt", hdr=_bulk("<weekly.medi-jobs.example.de>", "https://medi-jobs.example.de/abmelden")),
    m(X, "wttj_digest_fr", "fr",
      "Welcome to the Jungle <hello@welcometothejungle.com>",
      "5 offres qui pourraient vous plaire cette semaine", "2026-05-04T09:30:00+02:00",
      "Bonjour Friederike,\n\nVoici une sélection d'offres dans la santé numérique :\n"
      "• Chargée d'implémentation clinique – Doctolab – Paris/Remote\n"
      "• Product Owner Parcours Patient – Santéo – Lyon\n• Infirmière coordinatrice – "
      "Hospiconnect – Strasbourg\n\nÀ lire aussi : « Refus après entretien : comment rebondir ? »\n\n"
      "Se désabonner : https://www.welcometothejungle.example.com/unsubscribe",
      fmt="alt", hdr=_bulk("<digest.welcometothejungle.com>",
                           "https://www.welcometothejungle.example.com/unsubscribe")),
    m(X, "infojobs_alerta_es", "es", "Alertas Empleo <alertas@empleosalud.example.es>",
      "Nuevas ofertas: enfermera gestora de casos en Madrid", "2026-07-06T07:05:00+02:00",
      "Hola Friederike,\n\nHay 6 nuevas ofertas que coinciden con tu alerta:\n\n"
      "Enfermero/a gestor/a de casos – Clínica Arganzuela – Madrid\n"
      "Coordinador/a de enfermería – Residencia Las Acacias – Getafe\n"
      "Case Manager – Aseguradora Meridiana – Remoto\n\nVer todas las ofertas\n\n"
      "Para darte de baja de esta alerta, pulsa aquí: https://empleosalud.example.es/baja",
      fmt="alt", hdr=_bulk("<alertas.empleosalud.example.es>", "https://empleosalud.example.es/baja")),
    m(X, "jobsch_alert", "de", "jobs.ch Jobabo <jobabo@jobs.ch>",
      "Neue Stellen für «Pflegeexpertin» in Basel", "2026-08-17T06:20:00+02:00",
      "Grüezi Frau Osterhagen-Yılmaz\n\n3 neue Stellen passen zu Ihrem Jobabo:\n\n"
      "Pflegeexpertin APN Onkologie – Universitätsspital Rheinknie – Basel\n"
      "Fachverantwortliche Qualität – Alterszentrum Birsfelden\n"
      "Pflegefachfrau HF Nachtdienst – Klinik Bruderholz-Süd\n\n"
      "Jobabo verwalten: https://www.jobs.example.ch/abo",
      hdr=_bulk("<jobabo.jobs.ch>", "https://www.jobs.example.ch/abo")),
    # ---------------------------------------------------------------- newsletters about job search
    m(X, "karriere_newsletter_absage", "de",
      "Pflege-Karriere Magazin <redaktion@pflegekarriere-magazin.example.de>",
      "Absage nach dem Vorstellungsgespräch – und jetzt?", "2026-02-21T10:00:00+01:00",
      "Liebe Leserinnen und Leser,\n\n„Leider müssen wir Ihnen mitteilen, dass wir uns für "
      "eine andere Bewerberin entschieden haben“ – diesen Satz hat fast jede Pflegekraft "
      "schon einmal gelesen. In dieser Ausgabe zeigen wir, wie Sie nach einer Absage um "
      "Feedback bitten, warum ein verpasstes Vorstellungsgespräch kein Weltuntergang ist "
      "und wie Sie sich auf die Einladung zum Probearbeiten vorbereiten.\n\n"
      "Außerdem: Interview mit einer Pflegedirektorin über Quereinstieg in die Health-IT.\n\n"
      "Ihr Redaktionsteam\n\nNewsletter abbestellen: https://pflegekarriere-magazin.example.de/nl",
      fmt="alt", hdr=_bulk("<karriere.pflegekarriere-magazin.example.de>",
                           "https://pflegekarriere-magazin.example.de/nl")),
    m(X, "career_newsletter_missed_interview_en", "en",
      "The Careful Career <newsletter@carefulcareer.example.com>",
      "You missed an interview. Here's what to write next.", "2026-06-11T13:00:00+00:00",
      "This week: the no-show.\n\nIt happens to the best of us: a calendar mix-up, a sick "
      "child, a train that never came. The recruiter writes \"we tried calling you at the "
      "scheduled time\" and your stomach drops. Our advice: reply within hours, own it, offer "
      "two new times.\n\nAlso inside: why \"we've decided to move forward with other "
      "candidates\" isn't always the end, and three reader offers that were negotiated up.\n\n"
      "Read online | Unsubscribe | Manage preferences\nThe Careful Career, 1 Example Street, London",
      fmt="alt", hdr=_bulk("<weekly.carefulcareer.example.com>",
                           "mailto:unsubscribe@carefulcareer.example.com")),
    m(X, "fr_newsletter_entretien", "fr",
      "Cadres Santé Hebdo <lettre@cadressante-hebdo.example.fr>",
      "Entretien d'embauche : les 7 questions pièges", "2026-09-08T07:30:00+02:00",
      "Cette semaine dans Cadres Santé Hebdo :\n\n— Entretien d'embauche : les 7 questions "
      "pièges posées aux cadres de santé\n— « Nous sommes au regret de vous informer… » : "
      "comment répondre à un refus\n— Offres de la semaine : 14 postes en Grand Est\n\n"
      "Vous recevez cette lettre car vous êtes abonnée. Se désinscrire : "
      "https://cadressante-hebdo.example.fr/desinscription",
      fmt="alt", hdr=_bulk("<hebdo.cadressante-hebdo.example.fr>",
                           "https://cadressante-hebdo.example.fr/desinscription")),
    # ---------------------------------------------------------------- cold outreach, no interview
    m(X, "xing_recruiter_outreach", "de",
      "Jana Köhler über XING <mailrobot@mail.xing.com>",
      "Jana Köhler hat Ihnen eine Nachricht geschickt", "2026-02-14T12:31:00+01:00",
      "Jana Köhler (Talent Sourcerin, Medica Personalpartner) schreibt:\n\n"
      "„Hallo Frau Osterhagen-Yılmaz, Ihr Profil ist mir aufgefallen – Stationsleitung plus "
      "Weiterbildung Gesundheitsinformatik ist eine spannende Kombination! Ich betreue "
      "aktuell mehrere Mandate im Bereich Klinik-IT in Norddeutschland. Falls Sie offen für "
      "neue Impulse sind, vernetzen wir uns gern.“\n\nNachricht beantworten: "
      "https://www.xing.example.com/chats/abc\n\nSie erhalten diese Benachrichtigung, weil "
      "Sie Nachrichten per E-Mail aktiviert haben.",
      fmt="alt"),
    m(X, "linkedin_inmail_pharma", "en",
      "Marcus Feld via LinkedIn <inmail-hit-reply@linkedin.com>",
      "Medical Affairs opportunities in Munich", "2026-03-30T16:44:00+02:00",
      "Hi Friederike,\n\nI hope you're well! I lead a small search firm focused on Medical "
      "Affairs across DACH, and your blend of ward leadership and quality work stood out.\n\n"
      "No specific role to pitch today – I'm just building my network of clinical "
      "professionals ahead of some Q3 mandates. If you're ever curious about MSL or medical "
      "information roles, my inbox is open.\n\nBest,\nMarcus\n\n"
      "Reply | Not interested\nYou're receiving InMail notification emails.",
      fmt="alt"),
    m(X, "es_recruiter_cold", "es", "Irene Campos <irene.campos@headhuntersalud.example.es>",
      "Hola Friederike", "2026-08-27T11:02:00+02:00",
      "Hola Friederike, ¿qué tal?\n\nSoy Irene, trabajo como headhunter en el sector "
      "farmacéutico en Madrid. He visto tu perfil en LinkedIn y me ha parecido muy "
      "interesante tu trayectoria en calidad asistencial.\n\nAhora mismo no tengo ninguna "
      "vacante concreta para ti, pero me encantaría tenerte en mi red para futuros "
      "procesos. Si te apetece, conectamos por LinkedIn.\n\nUn saludo,\nIrene Campos"),
    # ---------------------------------------------------------------- other kinds of interview
    m(X, "podcast_interview_de", "de", "Lea Winter <lea@station-funk-podcast.example.de>",
      "Interviewanfrage für unseren Pflege-Podcast", "2026-03-02T20:10:00+01:00",
      "Liebe Friederike,\n\nich moderiere den Podcast „Stationsfunk“ über Pflege und "
      "Digitalisierung. Eine Kollegin hat mir deinen Vortrag beim Pflegetag empfohlen. Hättest "
      "du Lust, in einer Folge über den Umstieg von der Station in die Health-IT zu "
      "sprechen? Das Interview würden wir per Zoom aufnehmen, ca. 45 Minuten, Termin nach "
      "deiner Wahl im April.\n\nLiebe Grüße\nLea"),
    m(X, "user_research_interview_en", "en",
      "Research Team at Vitalo <research@vitalo-health.example.com>",
      "Invitation: 30-min research interview (€40 voucher)", "2026-04-23T14:00:00+02:00",
      "Hi Friederike,\n\nThanks for using the Vitalo shift-planning app! We're talking to "
      "nurses about how they swap shifts, and we'd love to interview you for 30 minutes over "
      "video. As a thank-you you'll receive a €40 voucher.\n\nPick a time that suits you: "
      "https://calendly.example.com/vitalo-research/30\n\nThanks,\nThe Vitalo UX Research Team\n\n"
      "You can opt out of research invitations in your app settings.",
      fmt="alt"),
    m(X, "press_interview_journal_en", "en",
      "Dr. Helen Marsh <h.marsh@nursinginformatics-review.example.org>",
      "Interview request – Nursing Informatics Review", "2026-05-18T09:50:00+01:00",
      "Dear Ms Osterhagen-Yılmaz,\n\nI'm writing a feature on nurses who moved into clinical "
      "IT roles in Europe and would very much like to interview you for it. The interview "
      "would take about 40 minutes by phone and you'd approve your quotes before "
      "publication.\n\nWould any afternoon next week suit?\n\nWith best wishes,\n"
      "Helen Marsh\nFeatures Editor, Nursing Informatics Review"),
    m(X, "radio_interview_fr", "fr", "Sophie Bernard <s.bernard@radio-rhin.example.fr>",
      "Demande d'interview – émission « Santé au quotidien »", "2026-06-15T11:20:00+02:00",
      "Bonjour Madame,\n\nJe prépare une émission sur la pénurie de soignants des deux côtés "
      "du Rhin. Accepteriez-vous de répondre à nos questions lors d'une interview "
      "enregistrée de 15 minutes, par téléphone, la semaine prochaine ?\n\n"
      "Merci d'avance,\nSophie Bernard\nJournaliste, Radio Rhin"),
    m(X, "podcast_entrevista_es", "es", "Carlos Méndez <carlos@podcastenfermeria.example.es>",
      "Entrevista para el podcast", "2026-09-14T19:15:00+02:00",
      "¡Hola Friederike!\n\nTe escribo desde «Turno de Noche», un podcast sobre enfermería. "
      "Nos encantaría hacerte una entrevista sobre tu experiencia como supervisora en "
      "Alemania y tu salto a la salud digital. Grabamos online, unos 40 minutos. "
      "¿Te animas?\n\nUn abrazo,\nCarlos"),
    m(X, "survey_krankenkasse_interview", "de",
      "Versichertenbefragung <befragung@marktforschung-medipanel.example.de>",
      "Ihre Meinung zählt: Interview zur Pflegeberatung", "2026-07-27T10:00:00+02:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nim Auftrag Ihrer Krankenkasse führen wir "
      "telefonische Interviews zur Qualität der Pflegeberatung durch. Das Interview dauert "
      "etwa 15 Minuten; als Dankeschön erhalten Sie einen Gutschein über 15 Euro.\n\n"
      "Termin wählen: https://medipanel.example.de/termin\n\nMit freundlichen Grüßen\n"
      "Ihr MediPanel-Team\n\nAbmeldung von weiteren Befragungen: "
      "https://medipanel.example.de/optout",
      fmt="alt", hdr=_bulk("<befragung.medipanel.example.de>", "https://medipanel.example.de/optout")),
    # ---------------------------------------------------------------- friend, own mail, auto-replies
    m(X, "freundin_eigene_absage", "de", "Merle Janssen <merle.janssen@example.net>",
      "na toll 🙄", "2026-03-21T22:03:00+01:00",
      "Hey Frieda,\n\nrate mal wer heute ne Absage vom UKE bekommen hat... 'wir haben uns für "
      "eine Bewerberin entschieden, deren Profil besser passt' blablabla. Nach DREI "
      "Gesprächen!! Ich bin so durch.\n\nWie läuft's bei dir? Hattest du nicht morgen dein "
      "Gespräch in Leipzig? Drück dir die Daumen!!\n\nKüsschen\nMerle"),
    m(X, "amiga_rechazo_propio", "es", "Lucía Martín <lucia.martin@example.org>",
      "Re: ¿cómo vas?", "2026-07-17T23:18:00+02:00",
      "Tía, pues fatal. Me acaban de decir que no en el hospital de Valencia, que han "
      "«decidido continuar con otros candidatos». Después de dos entrevistas, no me lo "
      "puedo creer.\n\nBueno, tú cuéntame lo tuyo, ¿te llamaron al final los de Madrid?\n\n"
      "Besos"
      + gmail("Friederike <f.osterhagen@example.de>", "Fri, Jul 17, 2026 at 8:02 PM",
              "¿Cómo vas con lo del hospital?"),
      re=True),
    m(X, "eigene_gesendete_dankesmail", "de", ME_FULL,
      "Vielen Dank für das Gespräch", "2026-05-19T08:30:00+02:00",
      "Liebe Frau Strobel,\n\nherzlichen Dank für das offene Gespräch gestern mit Ihnen, "
      "der Pflegedirektion und dem Vorstand. Die Einblicke in das Haus und die geplante "
      "Einführung der digitalen Pflegedokumentation haben mich sehr angesprochen.\n\n"
      "Ich freue mich auf Ihre Rückmeldung.\n\nHerzliche Grüße\n"
      "Friederike Osterhagen-Yılmaz",
      to="Heike Strobel <heike.strobel@diakonissenstift-lindenau.example.de>"),
    m(X, "own_sent_followup_en", "en", ME_FULL, "Following up – Clinical Specialist role",
      "2026-04-30T09:05:00+02:00",
      "Dear Sophie,\n\nI hope you're well. I wanted to follow up on my interview on 24 April "
      "and reiterate how much I'd enjoy helping NordVital's customers get infusion systems "
      "running safely on their wards.\n\nIs there anything else I can send you?\n\n"
      "Best regards,\nFriederike Osterhagen-Yılmaz",
      to="Sophie Lindqvist <sophie.lindqvist@nordvital.example.dk>"),
    m(X, "ooo_recruiter_de", "de",
      "Tobias Wendt <t.wendt@careconnect-partners.example.de>",
      "Automatische Antwort: Unterlagen Außendienst Süd", "2026-02-16T09:14:00+01:00",
      "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.02.2026 nicht im Büro "
      "und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden "
      "Sie sich bitte an meine Kollegin Sandra Mehl (s.mehl@careconnect-partners.example.de).\n\n"
      "Beste Grüße\nTobias Wendt",
      hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    m(X, "ooo_recruiter_en", "en", "Gemma Price <gemma@prime-nursing.example.co.uk>",
      "Out of Office: Re: Interview!!!", "2026-05-21T07:02:00+01:00",
      "Hi, thanks for your email! I'm on annual leave until Monday 25th May with no access to "
      "emails. For anything urgent please contact the team on 0161 000 0000. Gemma",
      hdr={"Auto-Submitted": "auto-replied"}),
    m(X, "kalender_uebergabe_erinnerung", "de",
      "Google Kalender <calendar-notification@google.com>",
      "Erinnerung: Team-Übergabe Station 4B @ Mo. 23. Feb. 2026 06:15 – 06:45",
      "2026-02-23T06:05:00+01:00",
      "Team-Übergabe Station 4B\nWann: Mo. 23. Feb. 2026 06:15 – 06:45 (MEZ)\n"
      "Wo: Stationszimmer 4B\nKalender: f.osterhagen@example.de\n\n"
      "Einladung von Google Kalender: https://calendar.google.com\n"
      "Sie erhalten diese E-Mail, weil Sie Benachrichtigungen für diesen Kalender aktiviert haben."),
    m(X, "standup_einladung_ehrenamt", "de",
      "Birte Hansen <birte.hansen@pflegenetz-ehrenamt.example.org>",
      "Einladung: Wöchentliches Stand-up Orga-Team", "2026-09-03T17:30:00+02:00",
      "Hi zusammen,\n\nab nächster Woche machen wir montags um 19 Uhr ein kurzes Stand-up "
      "(15 Min., Jitsi) fürs Orga-Team vom Pflegestammtisch. Einladung hängt dran.\n\n"
      "Birte"
      + de_quote("Birte Hansen", "Do., 27. Aug. 2026 um 21:04",
                 "Wer hätte Lust, beim Stammtisch im Oktober mitzuorganisieren?"),
      to="orga@pflegenetz-ehrenamt.example.org",
      ics={"uid": "standup-orga@pflegenetz-ehrenamt.example.org", "start": "20260907T170000Z",
           "end": "20260907T171500Z", "summary": "Stand-up Orga-Team (wöchentlich)",
           "org": "birte.hansen@pflegenetz-ehrenamt.example.org", "org_name": "Birte Hansen",
           "location": "Jitsi"}),
]
