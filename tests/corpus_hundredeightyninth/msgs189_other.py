# ruff: noqa
"""Corpus 189, hand-written: 52 messages of kind `other` (digests, advice, press and research
requests, deliveries, friends, her own sent mail, cold approaches, bank/landlord/school/doctor,
out-of-office replies, network notifications, course refusals)."""

from __future__ import annotations

from msgs189_common import (CAND, CAND_ADDR, CAND_NAME, digest_html, digest_text, forwarded,
                            outlook, t, wrote)

MESSAGES: list[dict] = []
other = lambda **spec: MESSAGES.append(dict(kind="other", company="", **spec))


def listhdrs(list_id: str, unsub: str, mailto: str | None = None) -> list[tuple[str, str]]:
    value = f"<{unsub}>" + (f", <mailto:{mailto}>" if mailto else "")
    return [("List-Id", list_id), ("List-Unsubscribe", value),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


AUTO_REPLY = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

# ------------------------------------------------------------------ digests and newsletters

# 1 -- Jobradar Nord: job alert digest.
_intro = t("""
Hallo Wiebke,

für Ihren Suchauftrag „Klinische Datenerfassung, Bremen + 50 km“ gibt es 5 neue Stellen.
Tipp der Woche: Wer nach einer Absage freundlich um Feedback bittet, bekommt oft wertvolle
Hinweise für das nächste Vorstellungsgespräch.
""")
_items = [
    ("Clinical Data Entry Specialist (m/w/d)", "Hanse Clinical Research · Bremen · Vollzeit",
     "https://jobradar-nord.example.de/j/88121"),
    ("Medizinische Dokumentationsassistenz", "Klinik in Bremen-Nord · Teilzeit möglich",
     "https://jobradar-nord.example.de/j/88140"),
    ("Sachbearbeiter/in Leistungsdaten", "Krankenversicherung · Hamburg",
     "https://jobradar-nord.example.de/j/88177"),
    ("Studienassistenz Datenerfassung", "Studienzentrum · Oldenburg",
     "https://jobradar-nord.example.de/j/88203"),
    ("PTA mit Schwerpunkt Dokumentation", "Krankenhausapotheke · Delmenhorst",
     "https://jobradar-nord.example.de/j/88219"),
]
_outro = t("""
Sie erhalten diese E-Mail, weil Sie bei Jobradar Nord einen Suchauftrag angelegt haben.
Suchauftrag bearbeiten oder abbestellen: https://jobradar-nord.example.de/alerts
""")
other(slug="jobradar_nord_digest", lang="de", contact="",
      frm=("Jobradar Nord", "alerts@jobradar-nord.example.de"),
      subject="5 neue Jobs für „Klinische Datenerfassung“ in Bremen", date="2026-03-05 06:00",
      headers=listhdrs("Jobradar Suchauftrag <alerts.jobradar-nord.example.de>",
                       "https://jobradar-nord.example.de/unsub?u=wsh&l=4412"),
      text=digest_text(_intro, _items, _outro),
      html=digest_html(_intro, _items, _outro, "Jobradar Nord",
                       "https://jobradar-nord.example.de/unsub?u=wsh&l=4412", lang="de"),
      cte="quoted-printable", html_cte="quoted-printable")

# 2 -- ClinOps Weekly: newsletter about rejections and interviews.
_intro = t("""
This week in ClinOps Weekly: rejection season, interview season.

Our lead story follows three career changers who collected 40 rejections between them before
landing data roles at CROs – and what they changed in their interviews. Plus: salary bands
for data entry positions in Denmark and the Netherlands.
""")
_items = [
    ("“We regret to inform you”: what recruiters actually mean",
     "Feature · 7 min read", "https://clinops-weekly.example.com/a/regret"),
    ("Panel interview checklist for clinical data associates",
     "Guide · 4 min read", "https://clinops-weekly.example.com/a/panel"),
    ("Open positions: 23 data entry roles across Europe",
     "Job board", "https://clinops-weekly.example.com/jobs"),
]
_outro = t("""
You are receiving ClinOps Weekly because you subscribed at clinops-weekly.example.com.
Update your preferences or unsubscribe at any time.
""")
other(slug="clinops_weekly_newsletter", lang="en", contact="",
      frm=("ClinOps Weekly", "newsletter@clinops-weekly.example.com"),
      subject="Rejection season, interview season – ClinOps Weekly #112",
      subj_enc=("utf-8", "Q"), date="2026-04-09 07:30", tz="+0100",
      headers=listhdrs("ClinOps Weekly <weekly.clinops-weekly.example.com>",
                       "https://clinops-weekly.example.com/unsubscribe/x9f2",
                       "unsubscribe@clinops-weekly.example.com"),
      text=digest_text(_intro, _items, _outro),
      html=digest_html(_intro, _items, _outro, "ClinOps Weekly",
                       "https://clinops-weekly.example.com/unsubscribe/x9f2", lang="en",
                       color="#6a1b9a"))

# 3 -- PharmaKarriere Magazin: "Absage erhalten? So geht's weiter".
_intro = t("""
Liebe Leserin, lieber Leser,

eine Absage nach dem dritten Vorstellungsgespräch tut weh. In unserem Titelthema erklärt
Personalberaterin Ruth Kamphues, warum „Wir haben uns für andere Bewerber entschieden“ selten
etwas mit Ihnen persönlich zu tun hat – und wie Sie die nächste Einladung besser vorbereiten.
""")
_items = [
    ("Absage erhalten? So geht’s weiter", "Titelthema",
     "https://pharmakarriere.example.de/magazin/absage"),
    ("Vom HV-Tisch ins Studienzentrum: Quereinstieg für PTA", "Porträt",
     "https://pharmakarriere.example.de/magazin/pta-quereinstieg"),
    ("Stellenmarkt: 57 neue Angebote in Norddeutschland", "Jobs",
     "https://pharmakarriere.example.de/jobs?region=nord"),
]
_outro = t("""
PharmaKarriere Magazin erscheint alle zwei Wochen. Newsletter abbestellen:
https://pharmakarriere.example.de/newsletter/abmelden
""")
other(slug="pharmakarriere_absage_artikel", lang="de", contact="",
      frm=("PharmaKarriere Magazin", "redaktion@pharmakarriere.example.de"),
      subject="Absage erhalten? So geht’s weiter | PharmaKarriere 11/2026",
      subj_enc=("utf-8", "B"), date="2026-06-04 08:15",
      headers=listhdrs("PharmaKarriere Newsletter <news.pharmakarriere.example.de>",
                       "https://pharmakarriere.example.de/newsletter/abmelden?id=55a1"),
      html=digest_html(_intro, _items, _outro, "PharmaKarriere Magazin",
                       "https://pharmakarriere.example.de/newsletter/abmelden?id=55a1",
                       lang="de", color="#c0392b"),
      html_cte="base64")

# 4 -- EmpleoSalud: Barcelona job alert.
_intro = t("""
Hola Wiebke,

Tenemos 4 ofertas nuevas que coinciden con tu alerta «entrada de datos clínicos, Barcelona».
Recuerda: si una empresa te descarta, ¡no te desanimes! Cada entrevista es práctica para la
siguiente.
""")
_items = [
    ("Técnico/a de entrada de datos (ensayos clínicos)", "CRO · Barcelona (Eixample)",
     "https://empleosalud.example.es/o/55120"),
    ("Auxiliar administrativo/a de farmacia hospitalaria", "Hospital privado · Barcelona",
     "https://empleosalud.example.es/o/55133"),
    ("Data entry con alemán", "Laboratorio · Sant Cugat del Vallès",
     "https://empleosalud.example.es/o/55178"),
    ("Documentalista clínico/a", "Consorcio sanitario · L'Hospitalet",
     "https://empleosalud.example.es/o/55190"),
]
_outro = t("""
Recibes este correo porque creaste una alerta en EmpleoSalud. Puedes darte de baja en
https://empleosalud.example.es/alertas
""")
other(slug="empleosalud_alerta", lang="es", contact="",
      frm=("Alertas EmpleoSalud", "alertas@empleosalud.example.es"),
      subject="4 ofertas nuevas: entrada de datos clínicos en Barcelona",
      date="2026-08-20 07:05",
      headers=listhdrs("Alertas EmpleoSalud <alertas.empleosalud.example.es>",
                       "https://empleosalud.example.es/alertas/baja?t=ab19"),
      text=digest_text(_intro, _items, _outro),
      html=digest_html(_intro, _items, _outro, "EmpleoSalud",
                       "https://empleosalud.example.es/alertas/baja?t=ab19", lang="es",
                       color="#e67e22"),
      cs="iso-8859-1", cte="quoted-printable")

# 5 -- EmploiSanté Grand Est: Strasbourg job alert.
_intro = t("""
Bonjour,

3 nouvelles offres correspondent à votre alerte « saisie de données cliniques – Strasbourg ».
Conseil du mois : préparez votre entretien en relisant l'annonce ligne par ligne.
""")
_items = [
    ("Technicien(ne) saisie de données – CDD 12 mois", "CRO · Strasbourg centre",
     "https://emploisante-ge.example.fr/offre/7721"),
    ("Agent(e) administratif(ve) DIM", "Centre hospitalier · Haguenau",
     "https://emploisante-ge.example.fr/offre/7735"),
    ("Assistant(e) de recherche clinique junior", "Institut de recherche · Illkirch",
     "https://emploisante-ge.example.fr/offre/7748"),
]
_outro = t("""
Pour ne plus recevoir ces alertes : https://emploisante-ge.example.fr/desinscription
""")
other(slug="emploisante_alerte", lang="fr", contact="",
      frm=("EmploiSanté Grand Est", "alertes@emploisante-ge.example.fr"),
      subject="Alerte emploi : 3 nouvelles offres à Strasbourg", date="2026-06-01 06:45",
      headers=listhdrs("Alertes EmploiSante <alertes.emploisante-ge.example.fr>",
                       "https://emploisante-ge.example.fr/desinscription?k=3c7"),
      text=digest_text(_intro, _items, _outro),
      html=digest_html(_intro, _items, _outro, "EmploiSanté Grand Est",
                       "https://emploisante-ge.example.fr/desinscription?k=3c7", lang="fr",
                       color="#1565c0"))

# 6 -- NorthJobs NL: Groningen job alert, English.
_intro = t("""
Hi Wiebke,

7 new jobs match your alert "data entry" near Groningen. Two employers on this list are
hiring fast and hold interviews within a week of applying.
""")
_items = [
    ("Clinical Data Assistant", "Martini Trials · Groningen", "https://northjobs.example.nl/v/30991"),
    ("Data Entry Analyst", "Eemsdelta Data Services · Groningen", "https://northjobs.example.nl/v/31002"),
    ("Registry Data Coordinator", "Reitdiep Research · Groningen", "https://northjobs.example.nl/v/31017"),
    ("Medical Secretary (German speaking)", "Clinic · Assen", "https://northjobs.example.nl/v/31020"),
]
_outro = t("""
Manage your alerts: https://northjobs.example.nl/alerts
""")
other(slug="northjobs_groningen_alert", lang="en", contact="",
      frm=("NorthJobs NL", "jobalerts@northjobs.example.nl"),
      subject="7 new jobs for \"data entry\" near Groningen", date="2026-05-20 05:55",
      headers=listhdrs("NorthJobs alerts <alerts.northjobs.example.nl>",
                       "https://northjobs.example.nl/alerts/off?id=77aa"),
      text=digest_text(_intro, _items, _outro),
      html=digest_html(_intro, _items, _outro, "NorthJobs NL",
                       "https://northjobs.example.nl/alerts/off?id=77aa", lang="en",
                       color="#00897b"))

# 7 -- Kollegenblick: employer-review newsletter about interviews.
_intro = t("""
Hallo Wiebke,

neue Erfahrungsberichte zu Arbeitgebern, die Sie beobachten:

„Das Vorstellungsgespräch war fair, aber die Zusage kam erst nach sechs Wochen.“ – so
beschreibt eine Bewerberin ihr Verfahren bei einem Hamburger Pharmaunternehmen. Lesen Sie,
wie andere das Bewerbungsverfahren, die Einarbeitung und das Gehalt bewerten.
""")
_items = [
    ("Elbstrom Pharma: 4 neue Bewertungen zum Bewerbungsprozess", "Durchschnitt 3,8 / 5",
     "https://kollegenblick.example.de/elbstrom-pharma/bewerbung"),
    ("Weserklinikum Bremen: Gehälter in der Zentralapotheke", "12 Angaben",
     "https://kollegenblick.example.de/weserklinikum/gehalt"),
]
_outro = t("""
Benachrichtigungen verwalten: https://kollegenblick.example.de/einstellungen
""")
other(slug="kollegenblick_bewertungen", lang="de", contact="",
      frm=("Kollegenblick", "news@kollegenblick.example.de"),
      subject="Neue Bewertungen: Wie lief das Vorstellungsgespräch?", date="2026-02-18 18:00",
      headers=listhdrs("Kollegenblick Updates <updates.kollegenblick.example.de>",
                       "https://kollegenblick.example.de/einstellungen/abmelden?u=1129"),
      html=digest_html(_intro, _items, _outro, "Kollegenblick",
                       "https://kollegenblick.example.de/einstellungen/abmelden?u=1129",
                       lang="de", color="#37474f"))

# 8 -- Career Switch Coaching: interview-advice article.
other(slug="careerswitch_interview_questions", lang="en", contact="",
      frm=("Career Switch Coaching", "newsletter@careerswitch.example.co.uk"),
      subject="5 questions you will be asked in a clinical data interview",
      date="2026-01-29 12:00", tz="+0000",
      headers=listhdrs("Career Switch Letters <letters.careerswitch.example.co.uk>",
                       "https://careerswitch.example.co.uk/unsubscribe?e=wsh"),
      text=t("""
      Hello Wiebke,

      Clinical data teams love career changers from pharmacy and nursing – but their
      interviews follow a pattern. Here are the five questions that come up again and again:

      1. "Walk me through how you would check a transcribed value against the source."
      2. "Tell me about a time you found an error someone else made."
      3. "What do you know about GCP?"
      4. "How do you stay accurate on your 300th form of the day?"
      5. "Why are you leaving patient-facing work?"

      For each one, prepare a short story from your current job. And if you get a rejection,
      ask for feedback: one line from a hiring manager is worth ten blog posts.

      Next week: negotiating your first offer outside the pharmacy.

      Anika Roy
      Career Switch Coaching, Manchester

      You are subscribed to Career Switch Letters. Unsubscribe:
      https://careerswitch.example.co.uk/unsubscribe?e=wsh
      """), shell="simple")

# 9 -- Jobcoach Weser: tip about salary talks (offer words, no offer).
other(slug="jobcoach_gehaltsgespraech", lang="de", contact="",
      frm=("Jobcoach Weser", "tipps@jobcoach-weser.example.de"),
      subject="Karriere-Tipp: Wenn das Angebot kommt – so verhandeln Sie",
      date="2026-07-02 09:00",
      headers=listhdrs("Jobcoach Weser Tipps <tipps.jobcoach-weser.example.de>",
                       "https://jobcoach-weser.example.de/abmelden?m=wsh"),
      text=t("""
      Moin Wiebke,

      Sie haben ein Vertragsangebot bekommen? Glückwunsch! Aber jetzt nicht sofort unterschreiben.
      Drei Dinge, die Sie vor der Zusage klären sollten:

      - Gilt ein Tarifvertrag, und in welche Entgeltgruppe werden Sie eingruppiert?
      - Wie lange ist die Probezeit, und ist die Stelle befristet?
      - Gibt es Fortbildungsbudget, z. B. für einen GCP-Kurs?

      Und falls statt des Angebots eine Absage kommt: Im nächsten Tipp geht es darum, wie Sie
      daraus lernen.

      Ihr Jobcoach-Weser-Team
      Kostenlose Sprechstunde jeden Mittwoch, Faulenstraße 12, Bremen

      Newsletter abbestellen: https://jobcoach-weser.example.de/abmelden?m=wsh
      """), shell="simple", cs="iso-8859-1")

# ------------------------------------------------------------ press and research interviews

# 10 -- Radio Weserwelle: podcast interview request.
other(slug="weserwelle_podcast_anfrage", lang="de", contact="j.freese@weserwelle.example.de",
      frm=("Jannik Freese", "j.freese@weserwelle.example.de"),
      subject="Interviewanfrage für unseren Podcast „Neu anfangen“",
      subj_enc=("utf-8", "Q"), date="2026-04-21 14:10",
      text=t("""
      Hallo Frau Santangelo-Hoffmann,

      ich bin Redakteur bei Radio Weserwelle und produziere den Podcast „Neu anfangen“ über
      Menschen, die mitten im Berufsleben die Richtung wechseln. Ihre Kollegin aus der
      Apotheke am Findorffmarkt hat mir erzählt, dass Sie gerade aus der Apotheke in die
      Datenerfassung für klinische Studien wechseln wollen.

      Hätten Sie Lust auf ein Interview von etwa 40 Minuten? Wir würden im Mai bei uns im
      Studio in der Neustadt aufnehmen, gern auch anonymisiert, falls Ihnen das lieber ist.
      Honorar gibt es leider keins, aber Kaffee und Kekse.

      Viele Grüße
      Jannik Freese
      Redaktion Podcasts | Radio Weserwelle
      Langemarckstraße 101, 28199 Bremen | 0421 5965 218
      """), cte="quoted-printable")

# 11 -- Student magazine in Groningen: interview request.
other(slug="grogazette_interview_request", lang="en",
      contact="mila.jansen@grogazette.example.nl",
      frm=("Mila Jansen", "mila.jansen@grogazette.example.nl"),
      subject="Interview request – career changers moving to Groningen",
      date="2026-06-26 10:48",
      text=t("""
      Dear Wiebke,

      I'm a student editor at The Groningen Gazette. Marloes de Vries from Hunze UMC mentioned
      (with your permission, she says!) that you came over from Bremen for an interview in
      June. We are writing a feature about international career changers looking at jobs in
      the north of the Netherlands.

      Would you be willing to do a 20-minute interview by video in July? We would quote you by
      first name only, and you'd see the text before publication.

      Thanks a lot,
      Mila Jansen
      Features editor, The Groningen Gazette
      """), shell="gmail")

# 12 -- JobHarbor: user-research interview invitation.
other(slug="jobharbor_user_research", lang="en", contact="priya.desai@jobharbor.example.com",
      frm=("JobHarbor Research", "research@jobharbor.example.com"),
      reply_to=("Priya Desai", "priya.desai@jobharbor.example.com"),
      subject="Help us improve JobHarbor – 30-minute interview, €40 voucher",
      subj_enc=("utf-8", "Q"), date="2026-09-03 15:00", tz="+0100",
      text=t("""
      Hi Wiebke,

      You've used JobHarbor to apply for more than ten jobs this year, so we'd love to learn
      from you. Our product team is running short user-research interviews about how people
      keep track of their applications, interview invitations and rejections.

      - 30 minutes by video, any weekday in September
      - a €40 gift voucher as a thank-you
      - no preparation needed; we just want to hear how you work

      This has nothing to do with any job you applied for. If you're interested, reply to this
      email and I'll send you a booking link.

      Priya Desai
      Senior UX Researcher, JobHarbor
      """), shell="simple", cte="8bit")

# 13 -- ApoDesk: user interview about pharmacy software.
other(slug="apodesk_nutzerinterview", lang="de", contact="k.imholz@apodesk.example.de",
      frm=("Katja Imholz (ApoDesk UX)", "k.imholz@apodesk.example.de"),
      subject="Einladung zu einem Nutzerinterview zu ApoDesk Warenwirtschaft",
      date="2026-03-12 11:20",
      text=t("""
      Hallo Frau Santangelo-Hoffmann,

      Sie arbeiten in der Apotheke am Findorffmarkt täglich mit ApoDesk. Wir überarbeiten
      gerade die Rezepterfassung und suchen PTA, die uns in einem einstündigen Interview
      zeigen, wo es hakt.

      Das Gespräch findet per Video statt, Termine gibt es zwischen dem 23. März und dem
      3. April. Als Dankeschön erhalten Sie einen Gutschein über 60 Euro.

      Wenn Sie mitmachen möchten, antworten Sie einfach mit zwei, drei Terminvorschlägen.

      Viele Grüße
      Katja Imholz
      UX Research | ApoDesk Software GmbH
      Stresemannstraße 22, 10963 Berlin
      """), cs="windows-1252", cte="quoted-printable")

# ------------------------------------------------------------------ positions and deliveries

# 14 -- TrackTag: GPS position of her bicycle.
other(slug="tracktag_position_update", lang="en", contact="",
      frm=("TrackTag", "notifications@tracktag.example.com"),
      subject="New position reported for \"Wiebkes Rad\"", date="2026-07-30 23:12",
      tz="+0000", headers=[("Auto-Submitted", "auto-generated")],
      html_text=t("""
      Hi Wiebke,

      Your tracker "Wiebkes Rad" reported a new position at 01:10 local time:
      Hemmstraße 212, 28215 Bremen (accuracy 8 m).

      The device has not moved for 6 hours. Battery: 23%.

      Open the app to see the full position history.
      """), shell="ats",
      shell_args=dict(brand="TrackTag", color="#ff6f00",
                      button=("Show on map", "https://app.tracktag.example.com/d/88a1/map"),
                      footer="You receive position alerts because they are switched on."))

# 15 -- Paketblitz: parcel delayed.
other(slug="paketblitz_verzoegerung", lang="de", contact="",
      frm=("Paketblitz Versand", "benachrichtigung@paketblitz.example.de"),
      subject="Ihre Sendung verzögert sich leider", date="2026-10-09 07:40",
      headers=[("Auto-Submitted", "auto-generated")],
      text=t("""
      Hallo Wiebke Santangelo-Hoffmann,

      leider verzögert sich die Zustellung Ihrer Sendung 4471 2290 1188 um voraussichtlich
      einen Werktag. Grund ist ein erhöhtes Sendungsaufkommen im Verteilzentrum Bremen-Hemelingen.

      Neuer voraussichtlicher Zustelltermin: Montag, 12.10.2026, zwischen 10:00 und 14:00 Uhr.

      Wir bitten um Entschuldigung. Den aktuellen Status sehen Sie in der Sendungsverfolgung.

      Ihr Paketblitz-Team
      """), shell="ats",
      shell_args=dict(brand="Paketblitz", color="#d32f2f",
                      button=("Sendung verfolgen", "https://paketblitz.example.de/t/447122901188"),
                      footer="Dies ist eine automatische Benachrichtigung."))

# 16 -- Envíos Rápidos: order delayed.
other(slug="envios_pedido_retrasado", lang="es", contact="",
      frm=("Envíos Rápidos", "avisos@enviosrapidos.example.es"), name_enc=("iso-8859-1", "Q"),
      subject="Tu pedido se retrasa, lamentablemente", date="2026-09-17 10:30",
      headers=[("Auto-Submitted", "auto-generated")], cs="iso-8859-1",
      text=t("""
      Hola Wiebke:

      Lamentablemente, tu pedido n.º ER-559120 (maleta de cabina) no podrá entregarse en la
      fecha prevista por una incidencia en el centro logístico de Zaragoza.

      Nueva fecha estimada de entrega: 22 de septiembre.

      Sentimos las molestias. Puedes consultar el estado del envío en nuestra web.

      Equipo de Envíos Rápidos
      """))

# --------------------------------------------------------------------------- friends

# 17 -- Imke tells about her own rejection.
other(slug="imke_eigene_absage", lang="de", contact="imke.brueggemann@mailbox.example.de",
      frm=("Imke Brüggemann", "imke.brueggemann@mailbox.example.de"),
      subject="Mist, Absage von der Uniklinik", date="2026-03-30 20:47", cte="base64",
      text=t("""
      Hey Wiebke,

      ich muss mich kurz auskotzen: Heute kam die Absage von der Uniklinik in Hamburg, die
      Stelle in der Studienambulanz. Nach zwei Vorstellungsgesprächen! „Wir haben uns für eine
      Kandidatin entschieden, deren Profil besser zu unseren Anforderungen passt“ – na super.

      Wie läuft's bei dir? Hast du von der Pharmafirma in Hamburg was gehört? Lass uns am
      Wochenende mal zusammen Bewerbungen schreiben, geteiltes Leid und so.

      Drück dich
      Imke
      """))

# 18 -- Noor in Groningen: her own rejection.
other(slug="noor_own_rejection", lang="en", contact="noor.visser@mail.example.nl",
      frm=("Noor Visser", "noor.visser@mail.example.nl"),
      subject="well, that's that", date="2026-05-29 21:33",
      text=t("""
      Hi W,

      Remember the hospital admin job I told you about when you were here for your interview?
      They rejected me this afternoon. Three rounds, a presentation, and then a two-line email
      saying they've "decided not to proceed with my application". I'm so annoyed.

      Anyway – how did your interview with Martini go in the end? Are you still thinking of
      moving here? Spare room is yours if you need it for the next one.

      x Noor
      """), shell="gmail")

# ------------------------------------------------------------------- her own sent mail

# 19 -- Thank-you note to Hanse Clinical Research after the panel.
other(slug="own_thanks_hanse", lang="de", contact="", frm=CAND,
      to=[("Tobias Renken", "t.renken@hanse-cr.example.de")],
      cc=[("Dr. Ilka Brandes", "i.brandes@hanse-cr.example.de")],
      subject="Vielen Dank für das Fachgespräch heute", date="2026-09-22 18:20",
      key="hcr_thanks", refs=["hcr_ack", "hcr_screen", "hcr_move", "hcr_panel"],
      mid_domain="example.de",
      text=t("""
      Lieber Herr Renken, liebe Frau Dr. Brandes,

      herzlichen Dank für das Gespräch heute Vormittag und die Gelegenheit, die
      Testumgebung auszuprobieren. Die Übertragung des Papier-CRF hat mir viel Spaß gemacht,
      und ich habe einen guten Eindruck davon bekommen, wie sorgfältig bei Ihnen mit Queries
      gearbeitet wird.

      Ich bin nach dem Gespräch noch überzeugter, dass die Stelle sehr gut zu mir passt, und
      freue mich, von Ihnen zu hören.

      Viele Grüße
      Wiebke Santangelo-Hoffmann
      Hemmstraße 212, 28215 Bremen
      Mobil 0151 2384 6610
      """))

# 20 -- Application to Maschsee Klinik with CV attached.
other(slug="own_bewerbung_maschsee", lang="de", contact="", frm=CAND,
      to=[("Personalabteilung Maschsee Klinik", "a.buesing@maschsee-klinik.example.de")],
      subject="Bewerbung als Mitarbeiterin Medizinische Dokumentation (Ihre Anzeige vom 6.7.)",
      date="2026-07-13 21:05", key="msk_app", mid_domain="example.de",
      text=t("""
      Sehr geehrte Frau Büsing,

      mit großem Interesse habe ich Ihre Anzeige für eine Mitarbeiterin in der Medizinischen
      Dokumentation gelesen. Seit elf Jahren arbeite ich als PTA in einer öffentlichen
      Apotheke in Bremen und verantworte dort unter anderem die Dokumentation von
      BtM-Abgaben und die Rezeptprüfung. Genauigkeit bei großen Datenmengen ist mein Alltag.

      Gern möchte ich diese Erfahrung in der Klinikdokumentation einsetzen und würde mich über
      eine Einladung zu einem persönlichen Gespräch freuen. Meinen Lebenslauf und meine
      Zeugnisse finden Sie im Anhang.

      Mit freundlichen Grüßen
      Wiebke Santangelo-Hoffmann
      """), cs="iso-8859-1",
      attach=[dict(pdf="Lebenslauf_Santangelo-Hoffmann.pdf", title="Lebenslauf",
                   lines=["Wiebke Santangelo-Hoffmann", "Hemmstraße 212, 28215 Bremen",
                          "wiebke.sh@example.de | 0151 2384 6610", "",
                          "Berufserfahrung",
                          "seit 2015  PTA, Apotheke am Findorffmarkt, Bremen",
                          "2013-2015 PTA, Stern-Apotheke, Delmenhorst", "",
                          "Ausbildung", "2011-2013 PTA-Schule Bremen", "",
                          "Weiterbildung", "2025 Online-Kurs Good Clinical Practice (GCP)"])])

# 21 -- Apology and reschedule request to Martini Trials after the missed call.
other(slug="own_sorry_martini", lang="en", contact="", frm=CAND,
      to=[("Sanne Bakker", "sanne.bakker@martinitrials.example.nl")],
      subject="Sorry about this morning", date="2026-04-17 13:02", key="mt_ownmove",
      refs=["mt_ack", "mt_screen", "mt_missed"], mid_domain="example.de",
      text=t("""
      Dear Sanne,

      I am very sorry I missed our call this morning. The Teams link would not open on my work
      computer at the pharmacy and by the time I had switched to my phone it was 10:20. Could we
      find another time? I am free any afternoon next week.

      Kind regards,
      Wiebke

      """) + wrote("en", "Fri, 17 Apr 2026 at 10:31", "Sanne Bakker",
                   "sanne.bakker@martinitrials.example.nl", t("""
      Hi Wiebke,

      We waited on Teams for you from 10:00 until 10:20 this morning, but you didn't join,
      and I couldn't reach you on the number in your CV either. I hope everything is okay.
      """)))

# 22 -- Application to Mutuelle Vosges-Rhin, French, CV attached.
other(slug="own_candidature_mutuelle", lang="fr", contact="", frm=CAND,
      to=[("Mutuelle Vosges-Rhin", "isabelle.kieffer@mutuelle-vosgesrhin.example.fr")],
      subject="Candidature : gestionnaire saisie prestations santé",
      subj_enc=("iso-8859-1", "Q"), date="2026-03-23 22:14", key="mvr_app",
      mid_domain="example.de",
      text=t("""
      Madame, Monsieur,

      Technicienne en pharmacie (PTA) depuis onze ans à Brême, je souhaite m'installer à
      Strasbourg et me réorienter vers la saisie de données de santé. Votre annonce pour un
      poste de gestionnaire saisie prestations a donc retenu toute mon attention.

      Je saisis quotidiennement des ordonnances et des données de remboursement avec une grande
      rigueur, et je parle français couramment (niveau C1, mère d'origine lorraine).

      Je me tiens à votre disposition pour un entretien et vous prie d'agréer, Madame,
      Monsieur, mes salutations distinguées.

      Wiebke Santangelo-Hoffmann
      """),
      attach=[dict(pdf="CV_Santangelo-Hoffmann_FR.pdf", title="CV",
                   lines=["Wiebke Santangelo-Hoffmann", "Brême (Allemagne) - mobile",
                          "wiebke.sh@example.de", "",
                          "Expérience", "depuis 2015 : technicienne en pharmacie, Brême", "",
                          "Langues : allemand (maternelle), français (C1), anglais (B2)"])])

# 23 -- Application to Hospital del Turó, Spanish.
other(slug="own_candidatura_turo", lang="es", contact="", frm=CAND,
      to=[("Recursos Humanos Hospital del Turó", "mvilaro@hospitalturo.example.es")],
      subject="Candidatura: técnica de documentación clínica (ref. DOC-26-07)",
      subj_enc=("utf-8", "B"), date="2026-04-20 20:40", key="turo_app",
      mid_domain="example.de", cte="quoted-printable",
      text=t("""
      Estimada Sra. Vilaró:

      Le escribo para presentar mi candidatura a la plaza de técnica de documentación clínica
      (ref. DOC-26-07). Soy técnica de farmacia en Bremen desde hace once años y me traslado a
      Barcelona este verano con mi pareja.

      Tengo mucha experiencia en la gestión de recetas y en el registro de datos de
      medicamentos, y hablo español con fluidez (nivel B2+). Me encantaría tener la
      oportunidad de una entrevista.

      Adjunto mi currículum. Muchas gracias por su atención.

      Un cordial saludo,
      Wiebke Santangelo-Hoffmann
      """),
      attach=[dict(pdf="CV_Santangelo-Hoffmann_ES.pdf", title="Curriculum",
                   lines=["Wiebke Santangelo-Hoffmann", "Técnica de farmacia",
                          "wiebke.sh@example.de", "", "Experiencia",
                          "2015-hoy: técnica de farmacia, Bremen (Alemania)", "",
                          "Idiomas: alemán, inglés, francés, español"])])

# 24 -- Thank-you note to Elbstrom Pharma (later quoted in their answer).
other(slug="own_thanks_elbstrom", lang="de", contact="", frm=CAND,
      to=[("Krummacker, Jana", "jana.krummacker@elbstrom-pharma.example.de")],
      subject="Danke für das Gespräch am 19. März", subj_enc=("utf-8", "Q"),
      date="2026-03-19 19:42", key="elb_thanks", refs=["elb_ack", "elb_invite", "elb_move"],
      mid_domain="example.de",
      text=t("""
      Liebe Frau Krummacker,

      herzlichen Dank für das angenehme Vorstellungsgespräch heute Nachmittag und die Führung
      durch die Abteilung Clinical Operations. Besonders das Beispiel zur Query-Bearbeitung im
      eCRF hat mir gezeigt, wie gut meine Arbeitsweise aus der Apotheke dazu passt.

      Ich freue mich darauf, von Ihnen zu hören, und stehe für ein zweites Gespräch gern zur
      Verfügung.

      Viele Grüße
      Wiebke Santangelo-Hoffmann
      """), shell="gmail")

# 25 -- She forwards the Reitdiep offer to her sister.
other(slug="own_fwd_reitdiep_to_sister", lang="de", contact="", frm=CAND,
      to=[("Merle Santangelo", "merle.santangelo@mailbox.example.de")],
      subject="Fwd: Following up on our call", date="2026-09-09 21:30",
      mid_domain="example.de",
      text=t("""
      Hi Merle,

      guck mal, das ist das Angebot aus Groningen, von dem ich dir am Telefon erzählt habe.
      32 Stunden und zwei Tage Homeoffice aus Bremen – klingt eigentlich gut, oder? Aber
      Hanse CR hier in Bremen hat sich noch nicht gemeldet. Was meinst du?

      Kuss, W.

      """) + forwarded("en", "Femke Dijkstra <femke@reitdiep-research.example.nl>",
                       "Wed, 9 Sep 2026 at 16:55", "Following up on our call",
                       "Wiebke Santangelo-Hoffmann <wiebke.sh@example.de>", t("""
      Hi Wiebke,

      Lovely to speak to you earlier! Just putting in writing what I said on the phone: we'd
      really like you to join Reitdiep as our data entry coordinator for the diabetes registry.

      What we discussed: 32 hours a week, EUR 3,050 gross per month plus 8% holiday allowance,
      a one-year contract with the intention to make it permanent, and you can work from
      Bremen two days a week once you're settled.

      Femke
      """)), shell="gmail")

# 26 -- Reschedule request to Weserklinikum.
other(slug="own_bitte_um_verlegung_weserklinikum", lang="de", contact="", frm=CAND,
      to=[("Birte Hollmann", "b.hollmann@weserklinikum.example.de")],
      subject="Hospitationstag 5. Februar", date="2026-01-27 19:12", key="wk_ownmove",
      refs=["wk_ack", "wk_trial"], mid_domain="example.de", cs="iso-8859-1",
      text=t("""
      Liebe Frau Hollmann,

      herzlichen Dank für die Einladung zum Hospitationstag! Am 5. Februar habe ich leider
      Frühdienst in der Apotheke und finde keine Vertretung. Wäre ein Tag in der Woche danach
      möglich, am liebsten Dienstag oder Mittwoch?

      Viele Grüße
      Wiebke Santangelo-Hoffmann
      """))

# ------------------------------------------------------------------------- cold approaches

# 27 -- Kehrwieder Executive: head-hunter's approach.
other(slug="kehrwieder_ansprache", lang="de", contact="c.woehlke@kehrwieder-exec.example.de",
      frm=("Carsten Wöhlke", "c.woehlke@kehrwieder-exec.example.de"), name_enc=("utf-8", "B"),
      subject="Interessante Position im Bereich Studiendokumentation", date="2026-09-24 08:35",
      text=t("""
      Guten Morgen Frau Santangelo-Hoffmann,

      ich bin auf der Suche nach Fachkräften mit pharmazeutischem Hintergrund für einen
      Mandanten aus dem Hamburger Raum gestoßen und fand Ihr Profil sehr spannend.

      Es geht um eine neu geschaffene Position in der Studiendokumentation mit Perspektive zur
      Teamleitung. Wären Sie offen für ein unverbindliches Telefonat in den nächsten Tagen, in
      dem ich Ihnen mehr erzähle und Sie mir sagen, was Sie suchen?

      Beste Grüße
      Carsten Wöhlke
      Partner | Kehrwieder Executive
      Kehrwieder 8, 20457 Hamburg | +49 40 3007 5512
      """), shell="outlook")

# 28 -- Kastellet Search: the first approach.
other(slug="kastellet_cold_approach", lang="en", contact="oliver@kastellet-search.example.dk",
      frm=("Oliver Brandt-Mikkelsen", "oliver@kastellet-search.example.dk"),
      subject="Clinical data roles in Copenhagen – open to a chat?", date="2026-07-07 10:02",
      key="kast_cold",
      text=t("""
      Hi Wiebke,

      I run the life-sciences desk at Kastellet Search in Copenhagen. Your profile came up
      when I was looking for German-speaking people with a pharmacy background who want to
      move into clinical data.

      Several of my clients (biotech and CROs) are growing their data teams this autumn. Would
      you be open to a 15-minute call so I can understand what you're looking for? No specific
      vacancy yet – I just like to know people before I introduce them.

      Best,
      Oliver Brandt-Mikkelsen
      Partner | Kastellet Search ApS
      Store Kongensgade 40, 1264 København K | +45 20 66 81 37
      """), cte="quoted-printable")

# 29 -- Reclutamiento Diagonal: cold approach in Spanish.
other(slug="diagonal_contacto_inicial", lang="es", contact="arnau.soler@rdiagonal.example.es",
      frm=("Arnau Soler", "arnau.soler@rdiagonal.example.es"),
      subject="¿Te interesa el sector de ensayos clínicos en Barcelona?", subj_enc=("utf-8", "Q"),
      date="2026-05-19 12:25",
      text=t("""
      Hola Wiebke:

      Soy consultor en Reclutamiento Diagonal, una agencia especializada en perfiles
      sanitarios. He visto en tu perfil que te mudas a Barcelona y que buscas un puesto en
      entrada de datos clínicos.

      Ahora mismo no tengo una vacante concreta para ti, pero me gustaría conocerte y tener tu
      CV a mano para los próximos meses. ¿Te parece bien una llamada de diez minutos esta
      semana?

      Saludos,
      Arnau Soler
      Consultor sénior · Reclutamiento Diagonal
      Avinguda Diagonal 433, 08036 Barcelona
      """), shell="simple")

# -------------------------------------------------- bank, landlord, school, doctor, gym

# 30 -- Bremer Bürgerbank: advisory appointment and depot positions.
other(slug="buergerbank_beratungstermin", lang="de", contact="malte.kueck@buergerbank-bremen.example.de",
      frm=("Malte Kück", "malte.kueck@buergerbank-bremen.example.de"), name_enc=("iso-8859-1", "Q"),
      subject="Einladung zum Beratungsgespräch: Überprüfung Ihrer Depotpositionen",
      subj_enc=("iso-8859-1", "B"), date="2026-04-28 09:55", cs="windows-1252", cte="8bit",
      text=t("""
      Sehr geehrte Frau Santangelo-Hoffmann,

      einmal im Jahr laden wir unsere Kundinnen und Kunden zu einem Gespräch über ihre
      Geldanlage ein. In Ihrem Depot haben sich zwei Positionen – der Rentenfonds und die
      Einzelaktie aus dem Pharmasektor – seit dem letzten Termin deutlich verändert.

      Ich schlage Ihnen Donnerstag, 7. Mai, 17:30 Uhr in unserer Filiale Findorff vor. Falls
      das nicht passt, vereinbaren Sie gern einen anderen Termin über das Onlinebanking.

      Mit freundlichen Grüßen
      Malte Kück
      Kundenberater Privatkunden
      Bremer Bürgerbank eG – Filiale Findorff, Hemmstraße 180, 28215 Bremen
      Telefon 0421 3661 4417

      Bremer Bürgerbank eG · Vorstand: Dr. H. Lampe, K. Ortmann · Sitz Bremen
      """))

# 31 -- Landlord: handover appointment moved.
other(slug="hausverwaltung_termin_verschoben", lang="de",
      contact="u.scharnhorst@findorff-immo.example.de",
      frm=("Ute Scharnhorst", "u.scharnhorst@findorff-immo.example.de"),
      subject="Wohnungsabnahme – Termin muss leider verschoben werden",
      date="2026-07-08 16:20", cs="iso-8859-1", cte="quoted-printable",
      text=t("""
      Sehr geehrte Frau Santangelo-Hoffmann,

      leider müssen wir den Termin für die Vorabbegehung Ihrer Wohnung in der Hemmstraße am
      kommenden Montag verschieben, da unser Techniker erkrankt ist. Neuer Vorschlag:
      Mittwoch, 15. Juli, 16:00 Uhr.

      Zur Kündigung zum 31. Oktober: Den Nachmieter stellen wir Ihnen vor, sobald wir eine
      Zusage haben. Bisher haben wir zwei Interessenten abgesagt, weil die Bonität nicht
      reichte.

      Mit freundlichen Grüßen
      Ute Scharnhorst
      Findorff Immobilien Hausverwaltung
      Admiralstraße 41, 28215 Bremen
      """))

# 32 -- School: parent-teacher meeting.
other(slug="schule_elterngespraech", lang="de", contact="t.kowalski@os-torfhafen.example.de",
      frm=("Tomasz Kowalski", "t.kowalski@os-torfhafen.example.de"),
      subject="Einladung zum Elterngespräch – Luca, Klasse 7b", date="2026-03-04 13:15",
      cs="windows-1252",
      text=t("""
      Sehr geehrte Frau Santangelo-Hoffmann,

      im Rahmen der Lernentwicklungsgespräche möchte ich Sie gern zu einem kurzen Gespräch über
      Lucas Entwicklung im zweiten Halbjahr einladen. Keine Sorge, es gibt keinen besonderen
      Anlass – Luca macht sich gut, besonders in Mathematik.

      Mögliche Termine: Dienstag, 17. März, 15:30 oder 16:00 Uhr, oder Donnerstag, 19. März,
      14:45 Uhr. Bitte tragen Sie sich über das Elternportal ein oder antworten Sie mir kurz.

      Mit freundlichen Grüßen
      T. Kowalski
      Klassenlehrer 7b, Oberschule am Torfhafen
      """))

# 33 -- Dental practice: appointment moved, via a booking portal.
other(slug="zahnarzt_termin_verschoben", lang="de", contact="",
      frm=("Zahnarztpraxis Dr. Lüdeke via Praxisportal", "noreply@praxisportal.example.de"),
      name_enc=("utf-8", "Q"),
      subject="Ihr Termin wurde verschoben: Prophylaxe am 12.05.2026",
      date="2026-05-06 08:03", headers=[("Auto-Submitted", "auto-generated")],
      html_text=t("""
      Guten Tag Frau Santangelo-Hoffmann,

      Ihre Praxis hat Ihren Termin verschoben.

      Alter Termin: Dienstag, 12.05.2026, 08:30 Uhr
      Neuer Termin: Mittwoch, 13.05.2026, 17:15 Uhr
      Behandlung: Professionelle Zahnreinigung
      Praxis: Dr. Lüdeke, Münchener Straße 40, 28215 Bremen

      Wenn Sie den neuen Termin nicht wahrnehmen können, sagen Sie ihn bitte mindestens 24
      Stunden vorher ab.
      """), shell="ats",
      shell_args=dict(brand="Praxisportal", color="#00897b",
                      button=("Termin verwalten", "https://praxisportal.example.de/t/99a7"),
                      footer="Diese E-Mail wurde automatisch versendet."))

# 34 -- Gym: induction session cancelled.
other(slug="gym_induction_cancelled", lang="en", contact="",
      frm=("FitWerk Studios", "noreply@fitwerk.example.com"),
      subject="Your induction appointment has been cancelled", date="2026-02-12 19:41",
      headers=[("Auto-Submitted", "auto-generated")],
      text=t("""
      Hi Wiebke,

      Unfortunately your induction appointment at FitWerk Bremen Findorff on Saturday
      14 February at 10:00 has been cancelled because your trainer is unavailable.

      Please book a new slot in the FitWerk app. Your membership start date is not affected.

      See you soon,
      The FitWerk team
      """))

# 35 -- Her reply to Amager's on-hold note, asking for feedback (quotes the rejection).
other(slug="own_feedback_request_amager", lang="en", contact="", frm=CAND,
      to=[("Mette Kjærgaard", "mette.kjaergaard@amager-cd.example.dk")],
      subject="Re: Update on the Data Entry Coordinator role", date="2026-06-04 08:12",
      refs=["amg_invite", "amg_update", "amg_rej"], mid_domain="example.de",
      text=t("""
      Hi Mette,

      Thank you for letting me know personally, I really appreciate it. Of course I am
      disappointed, but I understand.

      If you have a moment, I would be grateful for any feedback from the two interviews –
      especially whether my English or my lack of EDC experience was a concern. And please do
      keep me in mind if the role opens again.

      Best wishes,
      Wiebke

      """) + wrote("en", "Wed, 3 Jun 2026 at 10:31", "Amager Clinical Data",
                   "amager-clinical-data@teamtailor-mail.com", t("""
      Hi Wiebke,

      Last week our leadership team froze all hiring for the Data Entry Coordinator position
      while a sponsor decides whether to move its oncology programme to us. The role has been
      put on hold for the rest of the year, so we will not proceed with your application or any
      other candidate's.

      Mette Kjærgaard
      People & Talent | Amager Clinical Data ApS
      """)), shell="gmail")

# ---------------------------------------------------------------------- out-of-office

# 36 -- Lea Dittmer (Medixa) is away.
other(slug="ooo_medixa_dittmer", lang="de", contact="lea.dittmer@medixa.example.de",
      frm=("Lea Dittmer", "lea.dittmer@medixa.example.de"),
      subject="Automatische Antwort: Frage zu meiner Bewerbung", date="2026-04-07 10:14",
      refs=["ext-mdx-question"], headers=AUTO_REPLY,
      text=t("""
      Vielen Dank für Ihre Nachricht.

      Ich bin bis einschließlich 14. April nicht im Büro und habe keinen Zugriff auf meine
      E-Mails. In dringenden Fällen wenden Sie sich bitte an studienzentrale@medixa.example.de.

      Ihre Nachricht wird nicht weitergeleitet.

      Lea Dittmer
      Medixa Studienzentrum Hamburg
      """), cte="quoted-printable")

# 37 -- Mette Kjærgaard (Amager) is away.
other(slug="ooo_amager_kjaergaard", lang="en", contact="mette.kjaergaard@amager-cd.example.dk",
      frm=("Mette Kjærgaard", "mette.kjaergaard@amager-cd.example.dk"), name_enc=("utf-8", "Q"),
      subject="Automatic reply: Interview invitation – Data Entry Coordinator",
      date="2026-05-13 07:41", refs=["amg_invite", "ext-amg-accept"], headers=AUTO_REPLY,
      text=t("""
      Thank you for your email. I am out of the office until Friday 15 May (Ascension Day
      holiday) and will reply to you as soon as possible after my return.

      For urgent matters, please contact people@amager-cd.example.dk.

      Med venlig hilsen / Kind regards
      Mette Kjærgaard
      """), shell="outlook")

# 38 -- Camille Oberlé (Rhénanie) is away.
other(slug="ooo_rhenanie_oberle", lang="fr", contact="camille.oberle@rhenanie-rc.example.fr",
      frm=("Camille Oberlé", "camille.oberle@rhenanie-rc.example.fr"), name_enc=("iso-8859-1", "Q"),
      subject="Réponse automatique : Proposition d'embauche – Technicienne saisie de données",
      subj_enc=("utf-8", "Q"), date="2026-07-03 09:02", refs=["ext-rrc-question"],
      headers=AUTO_REPLY, cs="iso-8859-1",
      text=t("""
      Bonjour,

      Je suis absente du bureau du 3 au 17 juillet inclus, avec un accès limité à ma
      messagerie. Votre message sera traité à mon retour.

      Pour toute demande urgente concernant un recrutement, merci d'écrire à
      rh@rhenanie-rc.example.fr.

      Cordialement,
      Camille Oberlé
      """))

# ------------------------------------------------------------------ network notifications

# 39 -- Linkline: search appearances and a recruiter viewing the profile.
other(slug="linkline_search_appearances", lang="en", contact="",
      frm=("Linkline", "notifications@linkline.example.com"),
      subject="You appeared in 14 searches this week", date="2026-03-23 16:20", tz="+0000",
      headers=listhdrs("Linkline notifications <notify.linkline.example.com>",
                       "https://www.linkline.example.com/settings/email/unsubscribe?t=14s"),
      html_text=t("""
      Hi Wiebke,

      You appeared in 14 searches this week. Recruiters from Elbstrom Pharma and a staffing
      agency in Hamburg viewed your profile.

      Tip: Members with "Open to work" enabled get up to 2x more interview invitations.
      Add the positions you're interested in so recruiters can find you.
      """), shell="ats",
      shell_args=dict(brand="Linkline", color="#0a66c2",
                      button=("See all searches", "https://www.linkline.example.com/me/search-appearances"),
                      footer="You are receiving Linkline notification emails. Unsubscribe."))

# 40 -- Netzwerk Beruf: new jobs and a profile visit.
other(slug="netzwerkberuf_profilbesucher", lang="de", contact="",
      frm=("Netzwerk Beruf", "benachrichtigungen@netzwerkberuf.example.de"),
      subject="3 neue Profilbesucher und passende Jobs für Sie", date="2026-05-11 07:10",
      headers=listhdrs("Netzwerk Beruf Benachrichtigungen <notify.netzwerkberuf.example.de>",
                       "https://netzwerkberuf.example.de/einstellungen/mails?off=1"),
      text=t("""
      Hallo Wiebke,

      Ihr Profil wurde diese Woche 3-mal besucht, u. a. von einer Personalreferentin einer
      Krankenversicherung in Hannover.

      Jobs, die zu Ihnen passen könnten:
      - Dokumentationsassistenz (m/w/d), Klinikum, Oldenburg
      - Clinical Data Coordinator, CRO, Hamburg
      - Sachbearbeitung Datenerfassung, Krankenkasse, Bremen

      Mit Premium sehen Sie alle Besucher und können sich mit einem Klick bewerben.

      Ihr Netzwerk-Beruf-Team
      Einstellungen ändern: https://netzwerkberuf.example.de/einstellungen/mails
      """), shell="simple")

# 41 -- Linkline: congratulate a contact on a new position.
other(slug="linkline_congratulate_new_position", lang="en", contact="",
      frm=("Linkline", "notifications@linkline.example.com"),
      subject="Congratulate Sönke Ahlers on his new position", subj_enc=("utf-8", "B"),
      date="2026-08-24 12:00", tz="+0000",
      headers=listhdrs("Linkline notifications <notify.linkline.example.com>",
                       "https://www.linkline.example.com/settings/email/unsubscribe?t=cng"),
      html_text=t("""
      Sönke Ahlers started a new position as Head of Sample Reception at Huntetal
      Diagnostics.

      Say congrats and keep in touch with your network.
      """), shell="ats",
      shell_args=dict(brand="Linkline", color="#0a66c2",
                      button=("Say congrats", "https://www.linkline.example.com/feed/update/99812"),
                      footer="You are receiving Linkline notification emails. Unsubscribe."))

# ---------------------------------------------------------- course and admission refusals

# 42 -- Zertifikatskurs: no place.
other(slug="akademie_kein_kursplatz", lang="de", contact="b.hormann@akademie-klinforschung.example.de",
      frm=("Dr. Beate Hormann", "b.hormann@akademie-klinforschung.example.de"),
      subject="Zertifikatskurs Klinische Studienassistenz – Frühjahr 2026",
      date="2026-02-26 15:48",
      text=t("""
      Sehr geehrte Frau Santangelo-Hoffmann,

      vielen Dank für Ihre Anmeldung zum berufsbegleitenden Zertifikatskurs „Klinische
      Studienassistenz“ (Start 16. April 2026).

      Leider können wir Ihnen in diesem Durchgang keinen Kursplatz anbieten: Die 24 Plätze
      waren innerhalb von zwei Tagen vergeben, und Ihre Anmeldung steht auf Platz 6 der
      Warteliste. Wir informieren Sie, falls ein Platz frei wird. Der nächste Kurs beginnt im
      Oktober; Sie können sich bevorzugt anmelden.

      Mit freundlichen Grüßen
      Dr. Beate Hormann
      Studienleitung, Akademie für klinische Forschung Nord
      Parkallee 301, 28213 Bremen
      """), shell="outlook", cte="base64")

# 43 -- Noorderhaven University: MSc admission refused.
other(slug="noorderhaven_msc_admission_refused", lang="en", contact="",
      frm=("Noorderhaven University Admissions", "no-reply@noorderhaven-uni.example.nl"),
      subject="Decision on your application: MSc Health Data Science", date="2026-04-30 13:00",
      headers=[("Auto-Submitted", "auto-generated")],
      text=t("""
      Dear Ms Santangelo-Hoffmann,

      The Admissions Board of the MSc Health Data Science has assessed your application for
      the academic year 2026-2027.

      We regret to inform you that we are unable to offer you a place on the programme. The
      Board concluded that your prior education does not include the required 15 ECTS in
      statistics and programming. You may wish to consider our pre-master programme, which
      starts in February.

      This decision is final for the current intake. Information about the objection
      procedure is available in the applicant portal.

      Yours sincerely,
      Admissions Office, Faculty of Medical Sciences
      Noorderhaven University
      """), shell="simple")

# 44 -- Escuela de Investigación Clínica: course full.
other(slug="eic_curso_sin_plaza", lang="es", contact="lroca@eicbcn.example.es",
      frm=("Laia Roca", "lroca@eicbcn.example.es"),
      subject="Curso Monitor/a de Ensayos Clínicos – plazas agotadas", date="2026-07-21 11:35",
      cte="base64",
      text=t("""
      Hola Wiebke:

      Gracias por tu interés en el curso de Monitor/a de Ensayos Clínicos que empieza en
      octubre. Lo sentimos, pero las plazas de la edición presencial se han agotado y no
      podemos admitir tu matrícula.

      Te propongo dos alternativas: la edición online, que todavía tiene plazas, o la lista de
      espera para la edición presencial de febrero.

      Un saludo,
      Laia Roca
      Secretaría académica · Escuela de Investigación Clínica BCN
      Carrer de Còrsega 270, 08008 Barcelona
      """))

# ---------------------------------------------------------------- everyday life, events

# 45 -- Her current pharmacy: leave approved (mentions her interview).
other(slug="apotheke_urlaub_genehmigt", lang="de", contact="g.ostendorf@apotheke-findorff.example.de",
      frm=("Dr. Gesine Ostendorf", "g.ostendorf@apotheke-findorff.example.de"),
      subject="Dein Urlaubsantrag für den 22.09.", date="2026-09-14 12:50",
      cs="iso-8859-1", cte="quoted-printable",
      text=t("""
      Liebe Wiebke,

      Dein freier Tag am 22. September ist genehmigt, Kerstin übernimmt deinen Frühdienst.
      Du hattest ja erwähnt, dass du an dem Tag ein Vorstellungsgespräch hast. Ich drücke dir
      ehrlich die Daumen, auch wenn wir dich hier sehr vermissen würden.

      Denk bitte noch an die Inventur der BtM-Bestände bis Ende des Monats.

      Herzliche Grüße
      Gesine

      Apotheke am Findorffmarkt · Inh. Dr. Gesine Ostendorf e.K.
      Hemmstraße 230, 28215 Bremen
      """))

# 46 -- Her own health insurer: check-up appointment.
other(slug="kuestenkasse_checkup", lang="de", contact="",
      frm=("Küstenkasse", "service-noreply@kuestenkasse.example.de"),
      subject="Ihr Gesundheits-Check-up: Jetzt Termin vereinbaren", date="2026-06-18 10:00",
      headers=listhdrs("Kuestenkasse Service <service.kuestenkasse.example.de>",
                       "https://kuestenkasse.example.de/mein-konto/newsletter?abmelden=1"),
      text=t("""
      Liebe Frau Santangelo-Hoffmann,

      ab 35 haben Sie alle drei Jahre Anspruch auf einen kostenlosen Gesundheits-Check-up. Ihr
      letzter Check-up liegt mehr als drei Jahre zurück.

      Vereinbaren Sie einfach einen Termin bei Ihrer Hausarztpraxis. Für jeden Check-up
      erhalten Sie außerdem 500 Punkte in unserem Bonusprogramm.

      Ihre Küstenkasse
      """), shell="simple", cte="quoted-printable")

# 47 -- Career fair invitation with speed interviews.
other(slug="karrieretag_life_sciences", lang="de", contact="",
      frm=("Karrieretag Life Sciences Hamburg", "team@karrieretag-ls.example.de"),
      subject="Ihre Einladung: Karrieretag Life Sciences am 8. Oktober",
      date="2026-08-27 11:00",
      headers=listhdrs("Karrieretag LS <einladungen.karrieretag-ls.example.de>",
                       "https://karrieretag-ls.example.de/abmelden?id=w55"),
      text=t("""
      Hallo Wiebke,

      am 8. Oktober treffen sich in der Hamburger Messe über 60 Arbeitgeber aus Pharma,
      Medizintechnik und klinischer Forschung. Neu in diesem Jahr: Speed-Interviews – zehn
      Minuten mit Recruiterinnen und Recruitern, ganz ohne Anschreiben.

      Registrieren Sie sich kostenlos und laden Sie Ihren Lebenslauf hoch, damit Aussteller
      Sie vorab zu einem Gespräch einladen können.

      Ihr Team vom Karrieretag Life Sciences
      https://karrieretag-ls.example.de
      """), shell="simple")

# 48 -- Pharmapool newsletter.
other(slug="pharmapool_newsletter_einsaetze", lang="de", contact="",
      frm=("Pharmapool Personaldienste", "newsletter@pharmapool.example.de"),
      subject="Neue Einsätze in Ihrer Region – Oktober", date="2026-10-01 08:00",
      headers=listhdrs("Pharmapool Newsletter <newsletter.pharmapool.example.de>",
                       "https://pharmapool.example.de/newsletter/abmelden?k=wsh"),
      text=t("""
      Liebe Bewerberinnen und Bewerber,

      im Oktober suchen unsere Kunden in Bremen, Oldenburg und Bremerhaven unter anderem:

      - PTA für Krankenhausapotheke, Bremerhaven, ab sofort
      - Dokumentationsassistenz Patientenaufnahme, Oldenburg, 6 Monate
      - Sachbearbeitung Arzneimittelabrechnung, Bremen, Teilzeit

      Interesse? Melden Sie sich bei Ihrer Disponentin. Übrigens: Wer einen Freund
      erfolgreich vermittelt, erhält eine Prämie von 250 Euro.

      Ihr Pharmapool-Team
      """), cs="windows-1252", cte="quoted-printable")

# 49 -- CRO Careers Network: webinar about interviewing.
other(slug="crocareers_webinar", lang="en", contact="",
      frm=("CRO Careers Network", "events@crocareers.example.org"),
      subject="Live webinar: Interviewing for CRO roles (and handling the no)",
      date="2026-02-04 17:00", tz="+0000",
      headers=listhdrs("CRO Careers events <events.crocareers.example.org>",
                       "https://crocareers.example.org/unsubscribe?l=ev"),
      text=t("""
      Join us on Thursday 19 February at 18:00 CET for a free live webinar.

      Three hiring managers from European CROs explain what they look for in a first
      interview for data entry and CTA roles, how they decide between two good candidates, and
      how to turn a rejection into a second chance.

      Register: https://crocareers.example.org/webinars/interviewing-cro

      CRO Careers Network
      """), shell="simple")

# 50 -- A former colleague asks her to be a reference (quotes her earlier mail).
other(slug="jasper_referenz_bitte", lang="de", contact="jasper.eilers@mailbox.example.de",
      frm=("Jasper Eilers", "jasper.eilers@mailbox.example.de"),
      subject="Re: Wie läuft's bei dir?", date="2026-06-11 19:25",
      refs=["ext-jasper-1", "ext-jasper-2"],
      text=t("""
      Hi Wiebke,

      danke für dein Update! Klingt, als hättest du gerade richtig viel um die Ohren.

      Ich hab eine Bitte: Ich bewerbe mich bei einer Apotheke in Delmenhorst und die wollen
      eine Referenz von jemandem, mit dem ich zusammengearbeitet habe. Darf ich dich angeben?
      Die würden dich vielleicht kurz anrufen.

      Liebe Grüße
      Jasper

      """) + wrote("de", "Di., 9. Juni 2026 um 22:03", CAND_NAME, CAND_ADDR, t("""
      Hallo Jasper,

      bei mir ist gerade Bewerbungsmarathon: Die Krankenkasse in Bremen hat mir ein Angebot
      gemacht, aus Hamburg kam eine Absage, und nächste Woche habe ich ein Interview in
      Groningen. Ich weiß noch nicht, wo ich lande!

      Wiebke
      """)))

# 51 -- Lucía in Barcelona: her own rejection.
other(slug="lucia_me_han_rechazado", lang="es", contact="lucia.ortega@correo.example.es",
      frm=("Lucía Ortega", "lucia.ortega@correo.example.es"), name_enc=("utf-8", "B"),
      subject="me han rechazado otra vez...", date="2026-08-06 23:05", cte="base64",
      text=t("""
      Hola guapa,

      ¿sabes la entrevista en la farmacéutica de Sant Cugat que te conté? Pues hoy me han
      dicho que no, que han elegido a alguien con más experiencia. Ya van cuatro este verano y
      estoy un poco harta.

      Cuando vengas a Barcelona nos tomamos unas cañas y nos quejamos juntas del mercado
      laboral, ¿vale? ¿Cuándo llegas al final?

      Besos,
      Lucía
      """))

# 52 -- softgarden: password reset for the candidate account.
other(slug="softgarden_passwort_reset", lang="de", contact="",
      frm=("softgarden", "noreply@softgarden.io"),
      subject="Passwort zurücksetzen für Ihr Bewerberkonto", date="2026-01-13 22:41",
      headers=[("Auto-Submitted", "auto-generated")],
      html_text=t("""
      Hallo Wiebke Santangelo-Hoffmann,

      wir haben eine Anfrage erhalten, das Passwort für Ihr Bewerberkonto zurückzusetzen.
      Klicken Sie auf den Button, um ein neues Passwort zu vergeben. Der Link ist 60 Minuten
      gültig.

      Wenn Sie die Anfrage nicht selbst gestellt haben, können Sie diese E-Mail ignorieren.
      """), shell="ats",
      shell_args=dict(brand="softgarden", color="#00a0af",
                      button=("Neues Passwort vergeben", "https://app.softgarden.io/reset/7b1e0c"),
                      footer="softgarden e-recruiting GmbH"))
