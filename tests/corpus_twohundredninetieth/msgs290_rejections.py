"""Corpus 290, hand-written: the 31 rejections (17 de, 8 en, 3 fr, 3 es)."""

from __future__ import annotations

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ German (17)
    {
        "id": "kh_rej", "kind": "rejection", "slug": "klinikum_holtenau_after_missed_call",
        "lang": "de", "company": "Klinikum Holtenau", "contact": "s.lorenzen@klinikum-holtenau.example.de",
        "frm": ("Sabine Lorenzen", "s.lorenzen@klinikum-holtenau.example.de"),
        "date": "2026-02-06 11:42", "subject": "AW: Ihr Telefontermin am 27.01. – Assistenz Personalservice",
        "reply_of": "kh_missed", "quote": "kh_missed", "cte": "qp",
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

danke, dass Sie sich noch gemeldet und erklärt haben, warum das Telefonat nicht zustande kam.

In der Zwischenzeit haben wir die Gespräche mit den übrigen Bewerberinnen geführt und die Stelle als Assistenz Personalservice vergeben. Einen Ersatztermin kann ich Ihnen deshalb nicht mehr anbieten, und das Verfahren ist für Sie an dieser Stelle beendet.

Ihre Unterlagen werden nach sechs Monaten gemäß unseren Datenschutzhinweisen gelöscht. Auf unsere anderen Ausschreibungen dürfen Sie sich selbstverständlich jederzeit wieder bewerben.

Mit freundlichen Grüßen

Sabine Lorenzen
Personalservice
Klinikum Holtenau gGmbH
Holtenauer Redder 12, 24159 Kiel
Tel. 0431 555 2140
""",
    },
    {
        "id": "kw_rej", "kind": "rejection", "slug": "kanalwerft_filled_internally",
        "lang": "de", "company": "Kanalwerft Rendsburg", "contact": "okko.thomsen@kanalwerft.example.de",
        "frm": ("Okko Thomsen", "okko.thomsen@kanalwerft.example.de"),
        "date": "2026-04-08 15:05", "subject": "AW: Verschiebung Assessment-Center 24.03. – Personalsachbearbeitung",
        "reply_of": "kw_postpone", "quote": "kw_postpone", "quote_style": "outlook_de",
        "cs": "windows-1252", "cte": "qp", "form": "alt", "shell": "outlook", "mid": "outlook",
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

ich hatte Ihnen einen neuen Termin für das verschobene Assessment-Center in Aussicht gestellt – leider muss ich dieses Versprechen zurücknehmen.

Die Position in der Personalsachbearbeitung wird nun doch intern besetzt: Eine Kollegin aus unserer Lohnbuchhaltung wechselt zum 1. Mai in das Team. Ein externes Auswahlverfahren findet daher nicht mehr statt, und wir können Ihre Bewerbung nicht weiter berücksichtigen.

Ich weiß, dass das nach der langen Wartezeit ärgerlich ist, und bitte dafür um Entschuldigung.

Mit freundlichen Grüßen
Okko Thomsen
Leiter Personal
Kanalwerft Rendsburg GmbH & Co. KG
Am Kreishafen 3, 24768 Rendsburg
Telefon 04331 778 120

Kanalwerft Rendsburg GmbH & Co. KG · Sitz Rendsburg · Amtsgericht Kiel HRA 9981 RD
Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht.
""",
    },
    {
        "id": "hh_rej", "kind": "rejection", "slug": "hansehochschule_after_interview_quotes_thanks",
        "lang": "de", "company": "Hanse-Hochschule Lübeck", "contact": "meike.albers@hh-luebeck.example.de",
        "frm": ("Meike Albers", "meike.albers@hh-luebeck.example.de"),
        "date": "2026-06-18 09:20", "subject": "Re: Danke für das Gespräch am 4. Juni",
        "subj_enc": ("utf-8", "B"), "reply_of": "hh_thanks", "quote": "hh_thanks",
        "text": """Liebe Frau Sørensen-Mbatha,

vielen Dank für Ihre freundliche Nachricht – auch uns hat das Gespräch mit Ihnen Freude gemacht, und Ihre Schilderung der Schichtplanung in der Bäckerei ist der Kommission im Gedächtnis geblieben.

Nach sorgfältiger Abwägung hat die Auswahlkommission jedoch einer Mitbewerberin den Vorzug gegeben, die bereits mehrere Jahre im Hochschul-Personalwesen mit dem TV-L gearbeitet hat. Der Personalrat hat der Einstellung inzwischen zugestimmt, sodass ich Ihnen heute leider keine positive Nachricht geben kann.

Bitte nehmen Sie das nicht als Urteil über Ihre Eignung insgesamt. Ausschreibungen der Hochschule finden Sie laufend auf unserer Website.

Herzliche Grüße
Meike Albers
Abteilung Personal und Recht
Hanse-Hochschule Lübeck
Mönkhofer Stieg 40, 23562 Lübeck
""",
    },
    {
        "id": "an_rej", "kind": "rejection", "slug": "amt_nordkanal_selection_closed",
        "lang": "de", "company": "Amt Nordkanal", "contact": "h.brodersen@amt-nordkanal.example.de",
        "frm": ("Heike Brodersen", "h.brodersen@amt-nordkanal.example.de"),
        "date": "2026-08-05 13:30", "subject": "Stellenausschreibung Nr. 14/2026 - Verwaltungsfachangestellte/r Personal",
        "subj_enc": ("iso-8859-1", "Q"), "cs": "iso-8859-1", "cte": "qp",
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

das Auswahlverfahren zur oben genannten Stellenausschreibung ist abgeschlossen.

Gefordert war eine abgeschlossene Ausbildung zur/zum Verwaltungsfachangestellten oder ein vergleichbarer Abschluss im öffentlichen Dienst. Nach Prüfung aller 43 eingegangenen Bewerbungen anhand dieser Anforderungen konnten wir Sie nicht in den Kreis der einzuladenden Personen aufnehmen. Wir bedauern, Ihnen keinen günstigeren Bescheid geben zu können.

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist des § 15 Abs. 4 AGG datenschutzgerecht vernichtet.

Im Auftrag

Heike Brodersen
Fachbereich Zentrale Dienste / Personal
Amt Nordkanal
Kanalufer 2, 24790 Schacht-Nord
Telefon 04331 60 60 214

Hinweis: Diese E-Mail ist nur für den bezeichneten Empfänger bestimmt. Der Zugang für verschlüsselte Dokumente ist nicht eröffnet.
""",
    },
    {
        "kind": "rejection", "slug": "nordlicht_personio_du_form",
        "lang": "de", "company": "Nordlicht Drogerie", "contact": "",
        "frm": ("Nordlicht Drogerie", "noreply@personio.de"),
        "date": "2026-03-05 07:58", "subject": "Deine Bewerbung bei Nordlicht",
        "form": "html", "shell": "ats",
        "shell_opts": {"brand": "Nordlicht Drogerie · Karriere", "color": "#f59e0b",
                        "footer": "Diese Nachricht wurde über Personio versendet. Antworten an diese Adresse werden nicht gelesen."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Hallo Wiebke,

danke für dein Interesse an Nordlicht und für die Mühe, die du dir mit deiner Bewerbung als Mitarbeiterin Personaladministration (Teilzeit, Kiel) gemacht hast.

Wir haben alle Unterlagen gründlich gelesen und uns entschieden, den Prozess ohne dich weiterzuführen. Für diese Stelle brauchen wir jemanden, der schon sicher mit Zeiterfassung und Lohnvorbereitung umgehen kann.

Wir drücken dir die Daumen für deine weitere Suche!

Dein Nordlicht-Recruiting-Team
""",
    },
    {
        "id": "mk_rej", "kind": "rejection", "slug": "moebel_kroeger_terse",
        "lang": "de", "company": "Möbelhaus Kröger", "contact": "b.kroeger@moebel-kroeger.example.de",
        "frm": ("Bernd Kröger", "b.kroeger@moebel-kroeger.example.de"),
        "name_enc": ("iso-8859-1", "Q"),
        "date": "2026-05-08 17:46", "subject": "Aushilfe Personalbüro",
        "text": """Moin Frau Sørensen-Mbatha,

die Aushilfsstelle ist inzwischen weg. Wird also nichts mit uns.

Gruß
Kröger
""",
    },
    {
        "id": "ow_grenz_rej", "kind": "rejection", "slug": "ostwind_relays_grenzland_no",
        "lang": "de", "company": "Grenzland Logistik", "contact": "timo.jacobsen@ostwind-personal.example.de",
        "frm": ("Timo Jacobsen", "timo.jacobsen@ostwind-personal.example.de"),
        "date": "2026-02-16 16:12", "subject": "Rückmeldung Grenzland Logistik",
        "reply_of": "ow_grenz_missed", "form": "alt", "shell": "simple",
        "text": """Hallo Frau Sørensen-Mbatha,

ich hatte heute Herrn Nissen von Grenzland Logistik am Telefon. Nach dem ausgefallenen Termin letzte Woche möchte der Kunde den Prozess mit Ihnen nicht weiterführen; die Assistenzstelle in der Personalabteilung in Harrislee geht an eine andere Kandidatin aus unserem Pool.

Ich hätte Ihnen das gern anders mitgeteilt. Ihr Profil bleibt bei uns aktiv, und ich rufe Sie an, sobald ich in Kiel oder Flensburg etwas Passendes habe.

Viele Grüße
Timo Jacobsen
Personaldisponent

Ostwind Personal GmbH · Niederlassung Kiel · Sophienblatt 88, 24114 Kiel
Tel. 0431 990 47 12 · Mobil 0171 555 0192
Geschäftsführer: Arne Wittorf · Amtsgericht Kiel HRB 22107 KI
""",
    },
    {
        "id": "kl_rej", "kind": "rejection", "slug": "kessler_lund_unnamed_client_no",
        "lang": "de", "company": "Kessler & Lund", "contact": "k.lund@kessler-lund.example.de",
        "frm": ("Katrin Lund", "k.lund@kessler-lund.example.de"),
        "date": "2026-05-20 08:34", "subject": "Feedback unseres Mandanten",
        "reply_of": "kl_inv", "form": "alt", "shell": "outlook", "mid": "outlook", "cs": "windows-1252", "cte": "b64",
        "text": """Liebe Frau Sørensen-Mbatha,

unser Mandant hat sich gestern Abend bei mir gemeldet. Ihre offene, zupackende Art ist dort sehr gut angekommen – die kaufmännische Leiterin sprach von „genau der Haltung, die wir im Team brauchen“.

Die Entscheidung ist trotzdem auf eine Kandidatin gefallen, die die Weiterbildung zur Personalfachkauffrau bereits abgeschlossen hat. Für diese Position wird es also keine zweite Runde mit Ihnen geben.

Ich würde Sie gern für künftige Suchen in unserer Kartei behalten und melde mich, wenn ein Mandat besser passt. Sind Sie damit einverstanden?

Beste Grüße
Katrin Lund
Partnerin

Kessler & Lund Personalberatung GmbH
Ballindamm 7 · 20095 Hamburg
T +49 40 555 318 20
""",
    },
    {
        "kind": "rejection", "slug": "strandgut_role_on_hold",
        "lang": "de", "company": "Strandgut Mode", "contact": "levke.hansen@strandgut-mode.example.de",
        "frm": ("Levke Hansen", "levke.hansen@strandgut-mode.example.de"),
        "date": "2026-03-27 10:03", "subject": "Stelle HR-Assistenz – aktueller Stand",
        "reply_of": "sg_missed",
        "text": """Hallo Frau Sørensen-Mbatha,

danke für Ihre Nachricht nach dem verpassten Teams-Termin, Ihre Erklärung mit dem Internetausfall ist natürlich nachvollziehbar.

Leider hat sich bei uns inzwischen die Lage geändert: Unsere Geschäftsführung hat die Stelle der HR-Assistenz in Flensburg bis auf Weiteres auf Eis gelegt, weil die geplante Filiale in Husum später öffnet. Wir führen das Auswahlverfahren daher nicht fort – mit keiner der Bewerberinnen.

Sollte die Stelle im Herbst neu ausgeschrieben werden, würde ich mich freuen, wieder von Ihnen zu hören.

Viele Grüße aus der Roten Straße
Levke Hansen
Personal & Organisation
Strandgut Mode
""",
    },
    {
        "kind": "rejection", "slug": "travemann_softgarden_closer_profiles",
        "lang": "de", "company": "Marzipanhaus Travemann", "contact": "",
        "frm": ("Marzipanhaus Travemann", "noreply@softgarden.io"),
        "date": "2026-04-16 06:30", "subject": "Ihre Bewerbung als Personalassistenz (m/w/d) in Lübeck",
        "form": "alt", "shell": "ats", "cte": "qp",
        "shell_opts": {"brand": "Marzipanhaus Travemann", "color": "#7c2d12",
                        "footer": "Marzipanhaus Travemann · Breite Straße 61 · 23552 Lübeck · versendet mit softgarden"},
        "headers": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

wir bedanken uns für Ihre Bewerbung und das damit verbundene Vertrauen in unser Haus.

In den vergangenen Wochen haben wir uns intensiv mit allen Unterlagen beschäftigt. Am Ende haben wir uns für Kandidatinnen und Kandidaten entschieden, deren bisherige Erfahrung im Personalwesen dem Anforderungsprofil dieser Stelle näherkommt.

Ihre Daten werden im Einklang mit der DSGVO nach Ablauf von sechs Monaten gelöscht, sofern Sie der Aufnahme in unseren Talentpool nicht zugestimmt haben.

Mit freundlichen Grüßen
Ihr Personalteam des Marzipanhauses Travemann
""",
    },
    {
        "kind": "rejection", "slug": "hafenkontor_workday_status",
        "lang": "de", "company": "Hafenkontor Logistik", "contact": "",
        "frm": ("Hafenkontor Logistik", "hafenkontor@myworkday.com"),
        "date": "2026-05-12 03:14", "tz": "us", "subject": "Statusänderung Ihrer Bewerbung – R-10442 Assistenz Human Resources",
        "subj_enc": ("utf-8", "B"), "form": "html", "shell": "ats", "cte": "b64",
        "shell_opts": {"brand": "Hafenkontor Logistik – Karriereportal", "color": "#0c4a6e",
                        "button": ("Zum Kandidatenkonto", "https://wd3.myworkday.com/hafenkontor/d/home.htmld"),
                        "footer": "Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Guten Tag Wiebke Sørensen-Mbatha,

der Status Ihrer Bewerbung auf die Stelle R-10442 Assistenz Human Resources (Hamburg-Waltershof) hat sich geändert.

Nach eingehender Prüfung Ihrer Unterlagen wird Ihre Bewerbung für diese Stelle nicht weiterverfolgt. Diese Entscheidung bezieht sich nur auf die genannte Ausschreibung; Ihr Kandidatenprofil bleibt für weitere Bewerbungen bestehen.

Sie können den Status jederzeit in Ihrem Kandidatenkonto einsehen.

Hafenkontor Logistik – Talent Acquisition
""",
    },
    {
        "kind": "rejection", "slug": "hansecare_casual_colleague",
        "lang": "de", "company": "HanseCare Pflegedienste", "contact": "jule.matthiesen@hansecare.example.de",
        "frm": ("Jule Matthiesen", "jule.matthiesen@hansecare.example.de"),
        "date": "2026-07-03 18:21", "subject": "Kurze Rückmeldung von mir",
        "reply_of": "hc_missed",
        "text": """Moin Wiebke,

ich darf doch du sagen, oder? Ich mach's kurz und ehrlich: Wir nehmen jemanden, der schon mal Dienstpläne für einen Pflegedienst gebaut hat. Das war am Ende das Zünglein an der Waage.

Fand dich am Telefon echt sympathisch (auch wenn's im ersten Anlauf nicht geklappt hat 😉). Wenn bei uns im Herbst die Stelle in der Abrechnung frei wird, schreib ich dir.

Liebe Grüße
Jule

--
Jule Matthiesen | Teamleitung Personal
HanseCare Pflegedienste | Wandsbeker Chaussee 140 | 22089 Hamburg
""",
    },
    {
        "kind": "rejection", "slug": "brueckner_internal_post_declined",
        "lang": "de", "company": "Brückner Zeitarbeit", "contact": "ilka.rahn@brueckner-zeitarbeit.example.de",
        "frm": ("Ilka Rahn", "ilka.rahn@brueckner-zeitarbeit.example.de"),
        "date": "2026-06-24 12:48", "subject": "Ihre Bewerbung als Assistenz der Niederlassungsleitung",
        "subj_enc": ("iso-8859-1", "B"), "cs": "windows-1252", "cte": "8bit",
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

neben Ihrer Registrierung in unserem Bewerberpool hatten Sie sich auch auf unsere eigene, interne Stelle als Assistenz der Niederlassungsleitung in Lübeck beworben.

Diese Stelle haben wir nach Gesprächen mit drei Bewerberinnen inzwischen vergeben – an jemanden, der die Disposition bei uns schon aus einem Einsatz kennt. Für diese Position müssen wir Ihnen daher absagen.

Ihr Profil im Bewerberpool bleibt davon unberührt; bei passenden Kundenaufträgen melden wir uns.

Freundliche Grüße
Ilka Rahn
Niederlassungsleitung Lübeck
Brückner Zeitarbeit GmbH
Königstraße 19 · 23552 Lübeck · Tel. 0451 555 7820
""",
    },
    {
        "kind": "rejection", "slug": "eiderheide_post_cancelled_budget_freeze",
        "lang": "de", "company": "Kreisverwaltung Eiderheide", "contact": "gesa.mommsen@kreis-eiderheide.example.de",
        "frm": ("Gesa Mommsen", "gesa.mommsen@kreis-eiderheide.example.de"),
        "date": "2026-08-26 14:02", "subject": "AW: Einladung zum Auswahlgespräch – Stelle 2026/48",
        "reply_of": "ke_inv", "quote": "ke_inv", "cs": "iso-8859-1", "cte": "8bit",
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

der Kreistag hat in seiner Sitzung am 24. August eine Haushaltssperre beschlossen. Davon ist auch die ausgeschriebene Stelle 2026/48 (Sachbearbeitung Personalservice) betroffen: Sie wird in diesem Jahr nicht besetzt, und das Stellenbesetzungsverfahren ist damit eingestellt.

Der Ihnen mitgeteilte Termin am 1. September entfällt ersatzlos. Eine Aussage, ob und wann die Stelle neu ausgeschrieben wird, ist derzeit nicht möglich.

Ich bedaure, Ihnen keine andere Nachricht schicken zu können.

Im Auftrag
Gesa Mommsen
Fachdienst Personal
Kreis Eiderheide - Der Landrat
Kreishaus, Am Gerichtshof 5, 24782 Eiderheide
""",
    },
    {
        "kind": "rejection", "slug": "asmussen_after_interview_quotes_invite",
        "lang": "de", "company": "Reederei Asmussen", "contact": "b.asmussen@reederei-asmussen.example.de",
        "frm": ("Birte Asmussen", "b.asmussen@reederei-asmussen.example.de"),
        "date": "2026-02-13 12:15", "subject": "AW: Einladung zum Vorstellungsgespräch am 3. Februar",
        "reply_of": "ra_inv", "quote": "ra_inv", "quote_style": "outlook_de",
        "cs": "windows-1252", "cte": "qp", "mid": "outlook",
        "text": """Guten Tag Frau Sørensen-Mbatha,

nochmals danke, dass Sie sich am 3. Februar auf den Weg zu uns an den Hafen gemacht haben.

Wir haben inzwischen mit allen fünf eingeladenen Bewerberinnen gesprochen. Dabei ist uns klar geworden, dass wir für die Stelle vor allem sichere DATEV-Lohn-Kenntnisse brauchen, weil unsere Lohnbuchhalterin im Sommer in Rente geht. Da können Sie leider noch nicht mithalten, und deshalb erhalten Sie heute von uns eine Absage.

Alles Gute für Sie – und danke für die Franzbrötchen-Anekdote, die hat uns den Tag gerettet.

Birte Asmussen
Personal & Verwaltung
Reederei Asmussen GmbH & Co. KG
Norderhofenden 14 · 24937 Flensburg · Tel. 0461 555 3310
""",
    },
    {
        "kind": "rejection", "slug": "bu_kiel_taleo_noreply",
        "lang": "de", "company": "Baltische Universität Kiel", "contact": "",
        "frm": ("Baltische Universität Kiel", "bu-kiel@taleo.net"),
        "date": "2026-10-13 05:02", "tz": "us", "subject": "Ihre Bewerbung – Kennziffer 2026-117 (Sekretariat Personalentwicklung)",
        "subj_enc": ("utf-8", "Q"), "form": "alt", "shell": "ats", "cte": "qp",
        "shell_opts": {"brand": "Baltische Universität Kiel – Stellenportal", "color": "#1e3a8a",
                        "footer": "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

für Ihr Interesse an einer Tätigkeit an der Baltischen Universität Kiel danken wir Ihnen.

Ihre Bewerbung auf die Stelle mit der Kennziffer 2026-117 konnte im weiteren Auswahlverfahren nicht berücksichtigt werden. Wir bitten Sie, von Rückfragen zu den Gründen abzusehen; eine Einzelbegründung ist aufgrund der Vielzahl von Bewerbungen nicht möglich.

Mit freundlichen Grüßen
Dezernat Personal
Baltische Universität Kiel
""",
    },
    {
        "kind": "rejection", "slug": "elbtor_via_greenhouse_no_second_round",
        "lang": "de", "company": "Elbtor Versicherung", "contact": "lars.feddersen@elbtor.example.de",
        "frm": ("Lars Feddersen via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Lars Feddersen", "lars.feddersen@elbtor.example.de"),
        "date": "2026-09-29 16:40", "subject": "Ihre Bewerbung bei Elbtor Versicherung",
        "reply_of": "et_resched",
        "text": """Hallo Frau Sørensen-Mbatha,

danke für das angenehme Telefonat am Montag und Ihre Geduld mit der Terminverschiebung.

Ich muss Ihnen leider mitteilen, dass wir Sie nicht zur zweiten Runde einladen werden. Das Team sucht für die Sachbearbeitung Personal jemanden, der schon mit Versicherungstarifverträgen zu tun hatte, und wir haben mehrere Bewerbungen mit genau diesem Hintergrund.

Wenn Sie Fragen zum Feedback haben, antworten Sie einfach auf diese E-Mail, sie landet direkt bei mir.

Beste Grüße
Lars Feddersen
Talent Acquisition
Elbtor Versicherung AG · Ferdinandstor 3 · 20095 Hamburg
""",
    },
    # ------------------------------------------------------------------ English (8)
    {
        "id": "mar_rej", "kind": "rejection", "slug": "marselis_after_panel_quotes_thanks",
        "lang": "en", "company": "Marselis University", "contact": "kwi@marselis.example.dk",
        "frm": ("Karen Winther", "kwi@marselis.example.dk"),
        "date": "2026-04-14 10:27", "subject": "Re: Thank you – HR Assistant interview",
        "reply_of": "mar_thanks", "quote": "mar_thanks", "form": "alt", "shell": "simple",
        "text": """Dear Wiebke,

Thank you for your kind note after the panel interview. It was a pleasure to meet you, and Jens in particular enjoyed your story about running the bakery rota during the flu wave.

I'm sorry to say that the panel has offered the HR Assistant (maternity cover) post to another applicant, who has worked with Danish holiday-pay rules before and can start on 1 May. The decision was a close one.

I hope you'll keep an eye on our vacancy page; we recruit administrative staff several times a year.

Kind regards,
Karen Winther
HR Partner, Faculty of Arts
Marselis University
Marselis Allé 6, 8000 Aarhus C, Denmark
+45 8715 5521
""",
    },
    {
        "kind": "rejection", "slug": "djurs_workable_not_selected",
        "lang": "en", "company": "Djurs Retail Group", "contact": "",
        "frm": ("Djurs Retail Group", "noreply@workablemail.com"),
        "date": "2026-02-24 09:00", "subject": "Your application for HR Coordinator at Djurs Retail Group",
        "form": "html", "shell": "ats", "shell_opts": {"brand": "Djurs Retail Group", "color": "#166534",
                                                   "footer": "Sent via Workable. Please do not reply to this email."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Dear Wiebke,

Thank you for applying for the HR Coordinator role at Djurs Retail Group.

We received a large number of strong applications. Having looked at yours carefully, we regret to let you know that you have not been selected for the next stage of the process.

We wish you every success with your job search.

Best regards,
The Djurs Retail Group hiring team
""",
    },
    {
        "kind": "rejection", "slug": "aros_port_ashby_closer_match",
        "lang": "en", "company": "Aros Port Services", "contact": "mikkel.dahl@arosport.example.dk",
        "frm": ("Aros Port Services", "no-reply@ashbyhq.com"),
        "reply_to": ("Mikkel Dahl", "mikkel.dahl@arosport.example.dk"),
        "date": "2026-03-13 14:55", "subject": "Update on your Aros Port Services application",
        "form": "alt", "shell": "ats", "cte": "qp",
        "shell_opts": {"brand": "Aros Port Services", "color": "#334155", "footer": "Powered by Ashby"},
        "reply_of": "ap_missed",
        "text": """Hi Wiebke,

Thanks for getting back to me after the video call that didn't happen, and for your interest in the HR Administrator role.

After reviewing everyone we spoke with, we've decided to move forward with candidates whose experience more closely matches what the terminal team needs right now, particularly shift-pattern payroll for dock workers.

I'd be glad to hear from you again if a more junior position opens up.

Best,
Mikkel Dahl
People & Culture, Aros Port Services
""",
    },
    {
        "kind": "rejection", "slug": "jutland_relays_mols_dairy_no",
        "lang": "en", "company": "Mols Dairy", "contact": "sune@jutlandstaffing.example.dk",
        "frm": ("Sune Kragh", "sune@jutlandstaffing.example.dk"),
        "date": "2026-04-29 15:38", "subject": "Mols Dairy – their decision",
        "reply_of": "js_mols_inv",
        "text": """Hi Wiebke,

I've just put the phone down with Lene at Mols Dairy. They liked you a lot on the 21st, but they've chosen a candidate who already knows their payroll system and can start in two weeks, so it's a no from them this time.

I know that's disappointing after the drive out to Ebeltoft. I'll keep putting you forward; there's a hospital admin role in Skejby I'd like to talk to you about later this week.

Cheers,
Sune

Sune Kragh | Senior Consultant
Jutland Staffing Partners | Søndergade 41, 8000 Aarhus C | +45 2211 4470
""",
    },
    {
        "kind": "rejection", "slug": "risskov_bamboohr_role_on_hold",
        "lang": "en", "company": "Risskov Care Homes", "contact": "anne-mette.lund@risskovcare.example.dk",
        "frm": ("Anne-Mette Lund via BambooHR", "notifications@bamboohr.com"),
        "reply_to": ("Anne-Mette Lund", "anne-mette.lund@risskovcare.example.dk"),
        "date": "2026-05-26 11:11", "subject": "HR Assistant vacancy – update",
        "text": """Dear Wiebke,

I'm writing to everyone who applied for our HR Assistant vacancy. Following a change in our municipal contract, the role has been put on hold and we will not proceed with any of the applications at this time.

This is no reflection on your application. If the vacancy is re-opened we will advertise it again, and you would be very welcome to apply.

With best wishes,
Anne-Mette Lund
Operations Manager, Risskov Care Homes
""",
    },
    {
        "kind": "rejection", "slug": "harbourline_smartrecruiters_formal",
        "lang": "en", "company": "Harbourline Shipping", "contact": "",
        "frm": ("Harbourline Shipping", "noreply@smartrecruiters.com"),
        "date": "2026-02-18 12:00", "tz": "utc", "subject": "Harbourline Shipping: HR Assistant (Crewing)",
        "form": "alt", "shell": "ats", "cte": "b64",
        "shell_opts": {"brand": "Harbourline Shipping Careers", "color": "#0e7490",
                        "footer": "SmartRecruiters, on behalf of Harbourline Shipping. This mailbox is not monitored."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Dear Wiebke Sørensen-Mbatha,

We appreciate the time you invested in applying for the HR Assistant (Crewing) position in our Hamburg office.

We have now completed our review, and your application will not be progressed further. Please do not be discouraged from applying for future openings that match your profile.

Kind regards,
Harbourline Shipping Talent Team
""",
    },
    {
        "kind": "rejection", "slug": "mejlgade_terse",
        "lang": "en", "company": "Mejlgade Hotels", "contact": "rasmus@mejlgadehotels.example.dk",
        "frm": ("Rasmus Holt", "rasmus@mejlgadehotels.example.dk"),
        "date": "2026-07-08 21:04", "subject": "HR admin",
        "text": """Hi Wiebke,

Thanks for coming in. We're going with someone else.

Rasmus

Sent from my iPhone
""",
    },
    {
        "kind": "rejection", "slug": "fjordbyte_casual_no_offer",
        "lang": "en", "company": "Fjordbyte", "contact": "mads@fjordbyte.example.dk",
        "frm": ("Mads Ebbesen", "mads@fjordbyte.example.dk"),
        "date": "2026-10-20 16:58", "subject": "People Ops assistant – where we landed",
        "reply_of": "fb_push", "mid": "gmail",
        "text": """Hey Wiebke!

Not the news you're hoping for, I'm afraid. We talked it through as a team yesterday and we're not going to make you an offer for the People Ops assistant job.

Honestly it came down to tooling: we're switching HR systems in January and need someone who has done a migration before. You were great fun in our chat and the cinnamon bun tip has already been tested by half the office.

Keep in touch, and shout if you want me to look over an application some time.

Mads
""",
    },
    # ------------------------------------------------------------------ French (3)
    {
        "kind": "rejection", "slug": "armor_after_missed_formal",
        "lang": "fr", "company": "Armor Distribution", "contact": "g.lebihan@armor-distribution.example.fr",
        "frm": ("Gaëlle Le Bihan", "g.lebihan@armor-distribution.example.fr"),
        "name_enc": ("iso-8859-1", "Q"), "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-09-02 10:44", "subject": "Votre candidature au poste d'assistante RH - réf. AD-2026-27",
        "cs": "iso-8859-1", "cte": "qp", "reply_of": "ad_missed",
        "text": """Madame,

Nous faisons suite à votre candidature au poste d'assistante RH au sein de notre entrepôt de Saint-Jacques-de-la-Lande.

L'entretien du 20 août n'ayant pu avoir lieu, nous avons poursuivi le processus avec les autres personnes retenues. Après examen attentif, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature.

Nous conservons votre dossier pendant deux ans, sauf opposition de votre part, afin de pouvoir vous recontacter si un poste correspondant à votre profil se libère.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Gaëlle Le Bihan
Responsable ressources humaines
Armor Distribution SAS - ZA de la Janais, 35136 Saint-Jacques-de-la-Lande
Tél. 02 99 55 61 20
""",
    },
    {
        "kind": "rejection", "slug": "kerlivio_recruitment_cancelled",
        "lang": "fr", "company": "Mairie de Kerlivio", "contact": "yann.riou@kerlivio.example.fr",
        "frm": ("Yann Riou", "yann.riou@kerlivio.example.fr"),
        "date": "2026-06-10 16:20", "subject": "Recrutement agent administratif RH – annulation",
        "form": "alt", "shell": "simple",
        "text": """Madame Sørensen-Mbatha,

Par délibération du conseil municipal du 8 juin, le poste d'agent administratif RH (catégorie C) a été supprimé dans le cadre de la réorganisation des services. Le recrutement est par conséquent annulé et nous ne sommes pas en mesure de donner suite à votre candidature.

Je vous remercie de l'intérêt porté à notre collectivité et vous invite à consulter régulièrement nos offres sur le site de la commune.

Yann Riou
Directeur général des services
Mairie de Kerlivio - 1 place de la Mairie - 35890 Kerlivio
02 99 55 40 11
""",
    },
    {
        "kind": "rejection", "slug": "breizh_interim_unnamed_client_no",
        "lang": "fr", "company": "Breizh Intérim", "contact": "morgane.guillou@breizh-interim.example.fr",
        "frm": ("Morgane Guillou", "morgane.guillou@breizh-interim.example.fr"),
        "date": "2026-09-15 17:32", "subject": "Retour du client – mission assistante RH",
        "cs": "windows-1252", "cte": "b64",
        "text": """Bonjour Wiebke,

Petit retour de notre client pour la mission d’assistante administrative RH (six mois, temps plein) : ils ont retenu une autre candidate, disponible dès lundi, alors que votre préavis court encore jusqu’à fin octobre.

Ce n’est donc pas pour cette fois, mais votre dossier reste actif chez nous et je pense déjà à vous pour une mission qui démarre en novembre.

Belle soirée,
Morgane Guillou
Chargée de recrutement – Breizh Intérim, agence Rennes Centre
06 55 41 20 87
""",
    },
    # ------------------------------------------------------------------ Spanish (3)
    {
        "kind": "rejection", "slug": "benacantil_after_missed",
        "lang": "es", "company": "Clínica Benacantil", "contact": "marta.ibanez@clinicabenacantil.example.es",
        "frm": ("Marta Ibáñez Soler", "marta.ibanez@clinicabenacantil.example.es"),
        "name_enc": ("iso-8859-1", "B"), "date": "2026-06-05 13:10",
        "subject": "Proceso de selección – Auxiliar administrativo/a de RRHH",
        "cs": "iso-8859-1", "cte": "b64", "reply_of": "cb_missed",
        "text": """Estimada Wiebke:

Como la entrevista del pasado 26 de mayo no llegó a celebrarse, hemos seguido adelante con el resto de candidaturas y ya hemos cubierto la vacante de auxiliar administrativo/a de RRHH.

Lamentamos comunicarte que no continuaremos con tu candidatura en este proceso. Te agradecemos el interés mostrado por Clínica Benacantil y te deseamos mucha suerte.

Un saludo cordial,

Marta Ibáñez Soler
Responsable de Personas
Clínica Benacantil
Avda. de la Estación 22, 03005 Alicante
Tel. 965 55 12 40
""",
    },
    {
        "kind": "rejection", "slug": "tabarca_icims_formal",
        "lang": "es", "company": "Astilleros Tabarca", "contact": "",
        "frm": ("Astilleros Tabarca", "donotreply@icims.com"),
        "date": "2026-03-30 08:15", "tz": "us", "subject": "Su candidatura a Técnico/a de Administración de Personal",
        "subj_enc": ("iso-8859-1", "Q"), "form": "html", "shell": "ats",
        "shell_opts": {"brand": "Astilleros Tabarca – Empleo", "color": "#9a3412",
                        "footer": "Mensaje generado automáticamente a través de iCIMS. No responda a este correo."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Estimada Sra. Sørensen-Mbatha:

Le informamos de que, tras revisar su candidatura para el puesto de Técnico/a de Administración de Personal (ref. 2026-0311), el equipo de selección ha decidido no continuar con su proceso.

Conservaremos sus datos durante doce meses para futuras vacantes, salvo que nos indique lo contrario.

Atentamente,
Departamento de Recursos Humanos
Astilleros Tabarca
""",
    },
    {
        "kind": "rejection", "slug": "postiguet_soft_academic_profiles",
        "lang": "es", "company": "Universidad del Postiguet", "contact": "lnavarro@upostiguet.example.es",
        "frm": ("Lucía Navarro", "lnavarro@upostiguet.example.es"),
        "date": "2026-10-09 12:37", "subject": "Tu candidatura – Gestor/a de RRHH (Servicio de Personal)",
        "form": "alt", "shell": "simple", "cte": "qp",
        "text": """Hola, Wiebke:

Gracias por el interés que has mostrado en trabajar con nosotros y por la carta tan cuidada que nos enviaste.

Nos ha costado decidir, pero para este puesto hemos optado por perfiles que ya conocen la gestión de personal docente e investigador en una universidad pública. Por eso no vamos a seguir adelante con tu candidatura.

Ojalá coincidamos en otra ocasión.

Lucía Navarro
Servicio de Personal
Universidad del Postiguet
Campus de la Explanada, 03001 Alicante
""",
    },
]
