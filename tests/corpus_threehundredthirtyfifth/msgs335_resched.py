"""Corpus 335: interviews moved, postponed or cancelled, and missed-interview notices."""

from __future__ import annotations

MESSAGES = [
    # ============================================ reschedule / cancel, English
    {
        "id": "sev_moved", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Severn Analytical Services",
        "contact": "priya.nandakumar@severn-analytical.example.co.uk",
        "date": "2026-06-15 08:52 +0100",
        "frm": ("Priya Nandakumar", "priya.nandakumar@severn-analytical.example.co.uk"),
        "subject": "Updated invitation: Interview moved to Friday 19 June, 14:00",
        "fmt": "alt", "shell": {"style": "outlook"}, "parent": "sev_inv", "quote": "outlook",
        "ics": {"summary": "Interview - Seun Adebayo-Clarke / Severn Analytical",
                 "start": "2026-06-19 14:00", "minutes": 60, "tz": "Europe/London", "seq": 1,
                 "uid": "sev-int-0617@severn-analytical.example.co.uk",
                 "location": "Severn Analytical Services, Unit 12 Avonbank, Bristol BS11 9XX"},
        "text": """Dear Seun,

Apologies for the change: Gareth has been called to a client audit on Wednesday, so we need to
move your interview to Friday 19 June at 14:00, same place. I've updated the calendar invite.

If Friday afternoon is difficult with school, let me know and we'll find another slot.

Kind regards,
Priya
""",
    },
    {
        "id": "hol_moved", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Hollowmead Cider", "contact": "becky.lutterworth@hollowmead.example.co.uk",
        "date": "2026-02-19 12:10 +0000",
        "frm": ("Becky Lutterworth", "becky.lutterworth@hollowmead.example.co.uk"),
        "subject": "Re: QC Technician - could we have a chat?",
        "parent": "hol_seun_move", "quote": "inline",
        "text": """Hi Seun,

No problem at all, parents' evening wins! Let's move you to Monday 2 March at 4.15pm instead -
Tom can stay late that day. Same place, the press house on Orchard Lane.

See you then,
Becky
""",
    },
    {
        "id": "wvw_post", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Wessex Vale Water", "contact": "", "date": "2026-04-23 17:30 +0100",
        "frm": ("Wessex Vale Water Careers", "wessexvale@myworkday.com"),
        "subject": "Assessment centre on 28 April postponed - R-04417",
        "fmt": "alt", "shell": {"brand": "Wessex Vale Water", "colour": "#00587c",
                              "footer": "This message was sent from an unmonitored mailbox."},
        "text": """Dear Oluwaseun,

We're sorry to let you know that the assessment centre for Laboratory Analyst (Drinking Water)
planned for Tuesday 28 April has been postponed because of an operational incident at Saltford
Works.

Your application remains active. We will contact you with a new date as soon as we can; we
expect this to be within the next three weeks.

Apologies for any inconvenience.

Talent Acquisition, Wessex Vale Water
""",
    },
    {
        "id": "bal_cancel", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Ballyvane Orchards", "contact": "niamh.osullivan@ballyvane.example.ie",
        "date": "2026-05-13 09:05 +0100",
        "frm": ("Niamh O'Sullivan", "niamh.osullivan@ballyvane.example.ie"),
        "subject": "Cancelled: Video screen - Lab Technician (Cider Quality)",
        "fmt": "alt", "shell": {"style": "bare"},
        "ics": {"method": "CANCEL", "summary": "Video screen - Lab Technician (Cider Quality)",
                 "start": "2026-05-14 11:00", "minutes": 30, "tz": "Europe/Dublin", "seq": 1,
                 "uid": "bal-screen-0514@ballyvane.example.ie",
                 "location": "Google Meet"},
        "text": """Hi Oluwaseun,

I'm really sorry, but Ciarán has to cancel tomorrow's video screen - we have a problem on the
bottling line that needs him on the floor all day.

I've removed the slot from your calendar. I'll be back in touch with a new time next week.

Niamh
People Team, Ballyvane Orchards
""",
    },
    {
        "id": "mar_moved", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Marlowe Bakeries", "contact": "tom.okafor@helix-science.example.co.uk",
        "date": "2026-04-15 11:36 +0100",
        "frm": ("Tom Okafor", "tom.okafor@helix-science.example.co.uk"),
        "subject": "Marlowe interview - change of day",
        "text": """Hi Seun,

Hannah at Marlowe has asked if we can shift your face-to-face from Monday 20th to Thursday 23
April, same time (10:00). Their BRC auditor has booked himself in on the Monday.

I've said that should be fine since it's the Easter holidays for you - give me a shout if not.

Tom
Helix Science Recruitment
""",
    },
    {
        "id": "cha_moved", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Cork Harbour Analytical",
        "contact": "siobhan.walsh@corkharbour-analytical.example.ie",
        "date": "2026-06-08 16:22 +0100",
        "frm": ("Siobhán Walsh", "siobhan.walsh@corkharbour-analytical.example.ie"),
        "subject": "Tomorrow's interview - new time",
        "hcs": ("utf-8", "B"), "fmt": "alt", "shell": {"style": "outlook"},
        "ics": {"summary": "Interview: Food Chemistry Technician (Microsoft Teams)",
                 "start": "2026-06-11 09:30", "minutes": 45, "tz": "Europe/Dublin", "seq": 1,
                 "uid": "cha-int-20260609@corkharbour-analytical.example.ie",
                 "organizer": ("Siobhán Walsh", "siobhan.walsh@corkharbour-analytical.example.ie"),
                 "location": "Microsoft Teams meeting"},
        "text": """Dear Oluwaseun,

Unfortunately Declan is off sick, so I need to move our interview from tomorrow (Tuesday) to
Thursday 11 June at 09:30 Irish time. The Teams link stays the same; the updated invitation is
attached.

Sorry for the short notice.

Kind regards,
Siobhán Walsh
Laboratory Manager
Cork Harbour Analytical | Ringaskiddy | Co. Cork
""",
    },
    {
        "id": "lua_en_moved", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Lumière & Argile", "contact": "helen.hartley@lumiere-argile.example.fr",
        "date": "2026-08-17 13:05 +0200",
        "frm": ("Helen Hartley", "helen.hartley@lumiere-argile.example.fr"),
        "subject": "Re: Final interview - QC Technician, Lyon site",
        "parent": "lua_en_inv", "quote": "inline",
        "text": """Dear Seun,

A small change, I'm afraid: our CEO has called a board meeting on the 26th, so I'd like to
bring your final interview forward to Tuesday 25 August at 10:00 Lyon time. Sophie will
rebook your flight for the Monday evening.

Apologies for the shuffle.

Helen
""",
    },
    # ============================================ reschedule / cancel, German
    {
        "id": "rhb_moved", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Rheinblüte Kosmetik", "contact": "lea.schumacher@rheinbluete.example.de",
        "date": "2026-06-12 14:48 +0200",
        "frm": ("Lea Schumacher", "lea.schumacher@rheinbluete.example.de"),
        "subject": "Aktualisiert: Vorstellungsgespräch – neuer Termin 18.06., 14:00 Uhr",
        "fmt": "alt", "shell": {"style": "outlook"}, "hcs": ("utf-8", "Q"),
        "ics": {"summary": "Vorstellungsgespräch Adebayo-Clarke – Laborant QC",
                 "start": "2026-06-18 14:00", "minutes": 60, "tz": "Europe/Berlin", "seq": 1,
                 "uid": "rhb-vg-0616@rheinbluete.example.de", "location": "Microsoft Teams"},
        "text": """Sehr geehrter Herr Adebayo-Clarke,

leider muss Dr. Renner am Dienstag kurzfristig zu einem Lieferantenaudit. Wir möchten unser
Gespräch daher auf Donnerstag, 18. Juni 2026, 14:00 Uhr (MESZ), verschieben.

Der Teams-Link bleibt gleich; den aktualisierten Kalendereintrag finden Sie anbei. Bitte geben
Sie mir kurz Bescheid, ob der neue Termin für Sie passt.

Mit freundlichen Grüßen
Lea Schumacher
""",
    },
    {
        "id": "kor_moved", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Kornfeld Backwaren", "contact": "t.albers@kornfeld-backwaren.example.de",
        "date": "2026-04-10 07:58 +0200",
        "frm": ("Thomas Albers", "t.albers@kornfeld-backwaren.example.de"),
        "subject": "Termin 14.04. muss leider ausfallen",
        "cs": "iso-8859-1", "cte": "qp", "hcs": ("iso-8859-1", "Q"),
        "text": """Guten Morgen Herr Adebayo-Clarke,

wegen einer unangekündigten Behördenkontrolle im Werk muss ich unser Gespräch am Dienstag,
14. April, leider absagen.

Ich melde mich Anfang nächster Woche mit einem neuen Terminvorschlag bei Ihnen. Ihre Bewerbung
bleibt selbstverständlich im Verfahren.

Entschuldigen Sie die Umstände.

Freundliche Grüße
Thomas Albers
""",
    },
    {
        "id": "lbt_moved", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Tierfutterwerk Erftaue",
        "contact": "j.weissenfels@labtalent-rheinland.example.de",
        "date": "2026-05-19 10:31 +0200",
        "frm": ("Jürgen Weißenfels", "j.weissenfels@labtalent-rheinland.example.de"),
        "subject": "Re: Einladung: Gespräch beim Tierfutterwerk Erftaue",
        "parent": "lbt_inv", "quote": "inline", "hcs": ("iso-8859-1", "Q"),
        "text": """Hallo Herr Adebayo-Clarke,

kleine Änderung: Frau Kessler ist morgen auf einer Messe, das Gespräch wird auf Freitag,
22. Mai, 13:00 Uhr verlegt. Der Teams-Link bleibt derselbe.

Beste Grüße
Jürgen Weißenfels
""",
    },
    # ============================================ reschedule / cancel, French
    {
        "id": "lua_moved", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Lumière & Argile", "contact": "sophie.berthelot@lumiere-argile.example.fr",
        "date": "2026-07-13 17:15 +0200",
        "frm": ("Sophie Berthelot", "sophie.berthelot@lumiere-argile.example.fr"),
        "subject": "Entretien décalé au jeudi 16 juillet",
        "fmt": "alt", "shell": {"style": "bare"}, "hcs": ("utf-8", "B"),
        "ics": {"summary": "Entretien visio – Technicien(ne) CQ – Lumière & Argile",
                 "start": "2026-07-16 15:00", "minutes": 45, "tz": "Europe/Paris", "seq": 1,
                 "uid": "lua-visio-0715@lumiere-argile.example.fr",
                 "organizer": ("Sophie Berthelot", "sophie.berthelot@lumiere-argile.example.fr"),
                 "location": "Google Meet"},
        "text": """Bonjour Seun,

Je suis navrée, notre responsable qualité ne sera pas disponible mercredi matin. Pouvons-nous
décaler notre entretien visio au jeudi 16 juillet à 15h00 (heure de Paris) ?

L'invitation a été mise à jour dans votre agenda ; le lien Google Meet reste le même.

Merci de votre compréhension,
Sophie
""",
    },
    {
        "id": "las_moved", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Laboratoire Analytique Saône", "contact": "v.morel@labo-saone.example.fr",
        "date": "2026-06-10 18:40 +0200",
        "frm": ("Virginie Morel", "v.morel@labo-saone.example.fr"),
        "subject": "Re: Premier échange téléphonique",
        "parent": "las_inv", "quote": "inline",
        "text": """Bonsoir Seun,

Un imprévu au laboratoire m'oblige à reporter notre échange de demain. Je vous propose vendredi
12 juin à 9h30 (heure française) à la place. Dites-moi si cela vous convient.

Toutes mes excuses,
Virginie Morel
""",
    },
    {
        "id": "val_moved", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Parfumerie Brotteaux", "contact": "elodie.garnier@valmont-sciences.example.fr",
        "date": "2026-06-19 09:12 +0200",
        "frm": ("Élodie Garnier", "elodie.garnier@valmont-sciences.example.fr"),
        "subject": "Annulation de l'entretien de lundi – Parfumerie Brotteaux",
        "cs": "iso-8859-1", "cte": "8bit", "hcs": ("iso-8859-1", "Q"),
        "text": """Bonjour Seun,

Mme Lefort m'informe qu'elle doit annuler l'entretien de lundi 16h : elle sera en déplacement
chez un fournisseur à Grasse. Votre candidature reste bien sûr en cours chez la Parfumerie
Brotteaux.

Je reviens vers vous dès que j'ai une nouvelle date.

Élodie Garnier
Cabinet Valmont Sciences
""",
    },
    # ============================================ reschedule / cancel, Spanish
    {
        "id": "aig_moved", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Aigües del Maresme", "contact": "nuria.puig@aigues-maresme.example.es",
        "date": "2026-05-21 11:50 +0200",
        "frm": ("Núria Puig", "nuria.puig@aigues-maresme.example.es"),
        "subject": "Cambio de fecha: entrevista y prueba técnica",
        "fmt": "alt", "shell": {"style": "outlook"}, "hcs": ("utf-8", "B"),
        "ics": {"summary": "Entrevista y prueba técnica - Técnico de laboratorio",
                 "start": "2026-05-28 10:00", "minutes": 120, "tz": "Europe/Madrid", "seq": 1,
                 "uid": "aig-ent-0526@aigues-maresme.example.es",
                 "location": "Laboratorio central, Camí de la Riera 3, Mataró"},
        "text": """Estimado Seun:

Por una intervención urgente en la red, el laboratorio estará cerrado el martes 26. Le
proponemos trasladar la entrevista y la prueba técnica al jueves 28 de mayo, a la misma hora
(10:00 h).

Le enviamos la convocatoria actualizada. Le rogamos que nos confirme su asistencia.

Atentamente,
Núria Puig
""",
    },
    {
        "id": "esp_moved", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Grupo Espiga", "contact": "ana.molina@grupoespiga.example.es",
        "date": "2026-04-17 13:40 +0200",
        "frm": ("Ana Molina", "ana.molina@grupoespiga.example.es"),
        "subject": "Aplazamos tu entrevista",
        "text": """Hola Oluwaseun:

Te escribo de parte del equipo de Calidad. Tenemos que aplazar la videollamada del lunes 20 por
una auditoría de cliente que se ha adelantado. En cuanto tengamos nueva fecha te la enviamos;
seguramente será la semana siguiente.

Perdona las molestias.

Ana Molina
Técnica de Selección · Grupo Espiga
""",
    },
    # ============================================ missed interviews
    {
        "id": "crb_missed", "kind": "missed_interview_notice", "lang": "en", "company": "Crumb & Crust",
        "contact": "laura.finch@crumbandcrust.example.co.uk",
        "date": "2026-03-17 14:45 +0000",
        "frm": ("Laura Finch", "laura.finch@crumbandcrust.example.co.uk"),
        "subject": "We missed you today",
        "text": """Hi Oluwaseun,

Dev and I were expecting you at the Swindon bakery at 2pm today for your interview. We waited
at reception until about 2.25 and I tried your mobile twice but it went to voicemail.

I hope everything is OK. If something came up, drop me a line - we may be able to offer one
more slot later this week, but I can't promise.

Laura Finch
Talent Partner, Crumb & Crust Bakeries
""",
    },
    {
        "id": "mar_missed", "kind": "missed_interview_notice", "lang": "en", "company": "Marlowe Bakeries",
        "contact": "tom.okafor@helix-science.example.co.uk",
        "date": "2026-04-02 11:41 +0100",
        "frm": ("Tom Okafor", "tom.okafor@helix-science.example.co.uk"),
        "subject": "Re: Marlowe Bakeries - phone screen Thursday?",
        "parent": "mar_inv", "quote": "inline",
        "text": """Seun - Hannah from Marlowe has just called me. She rang you at 11:00 as agreed and
again at 11:10 but got no answer. Is everything alright?

She's kindly offered to try again tomorrow at 9:30. Can you let me know ASAP if that works?

Tom
""",
    },
    {
        "id": "bri_missed", "kind": "missed_interview_notice", "lang": "en", "company": "Brightstaff",
        "contact": "jade.morrow@brightstaff.example.co.uk",
        "date": "2026-08-06 11:32 +0100",
        "frm": ("Jade Morrow", "jade.morrow@brightstaff.example.co.uk"),
        "subject": "Your registration appointment this morning",
        "text": """Hi Seun,

We had you booked in for your registration interview at 10:30 this morning but you didn't
arrive. I've tried to call a couple of times.

No worries if something came up - just reply and I'll rebook you. We can't put you forward for
any assignments until registration is done.

Thanks,
Jade
Brightstaff Temps, Bristol
""",
    },
    {
        "id": "cha_missed", "kind": "missed_interview_notice", "lang": "en",
        "company": "Cork Harbour Analytical",
        "contact": "siobhan.walsh@corkharbour-analytical.example.ie",
        "date": "2026-06-11 10:05 +0100",
        "frm": ("Siobhán Walsh", "siobhan.walsh@corkharbour-analytical.example.ie"),
        "subject": "RE: Tomorrow's interview - new time",
        "hcs": ("windows-1252", "Q"), "cs": "windows-1252", "cte": "qp",
        "parent": "cha_moved", "quote": "outlook",
        "text": """Hi Oluwaseun,

Declan and I were in the Teams meeting from 09:30 and waited for about 15 minutes, but you
didn’t join. I hope nothing is wrong.

Could you let me know what happened? I’m not sure we’ll be able to find another time this
week.

Kind regards,
Siobhán
""",
    },
    {
        "id": "har_missed", "kind": "missed_interview_notice", "lang": "en",
        "company": "Harrowfield Petfoods", "contact": "neil.sharma@harrowfield.example.co.uk",
        "date": "2026-03-20 11:15 +0000",
        "frm": ("Neil Sharma", "neil.sharma@harrowfield.example.co.uk"),
        "subject": "Site visit and interview today",
        "text": """Hello Oluwaseun,

Gatehouse 2 tell me you did not arrive for your 10:00 site visit and interview this morning.
We held the slot until 10:40.

If you were held up, please call me on 01793 000 661 today. We may be able to see you on
Monday afternoon instead.

Neil Sharma
QC Manager, Harrowfield Petfoods, Swindon
""",
    },
    {
        "id": "kor_missed", "kind": "missed_interview_notice", "lang": "de",
        "company": "Kornfeld Backwaren", "contact": "t.albers@kornfeld-backwaren.example.de",
        "date": "2026-04-21 11:03 +0200",
        "frm": ("Thomas Albers", "t.albers@kornfeld-backwaren.example.de"),
        "subject": "Heutiger Termin um 9:30 Uhr",
        "cs": "iso-8859-1", "cte": "8bit", "hcs": ("iso-8859-1", "Q"),
        "text": """Guten Tag Herr Adebayo-Clarke,

wir waren heute um 9:30 Uhr zum Gespräch an der Pforte in Porz verabredet. Leider sind Sie nicht
erschienen, und telefonisch konnten wir Sie nicht erreichen.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Freitag bei mir.

Freundliche Grüße
Thomas Albers
Leiter Qualitätssicherung
""",
    },
    {
        "id": "zwp_missed", "kind": "missed_interview_notice", "lang": "de",
        "company": "Zeitwerk Personal", "contact": "n.yilmaz@zeitwerk-personal.example.de",
        "date": "2026-07-09 10:36 +0200",
        "frm": ("Nesrin Yilmaz", "n.yilmaz@zeitwerk-personal.example.de"),
        "subject": "Re: Telefonisches Kennenlernen – Laboraushilfe Köln",
        "parent": "zwp_inv", "quote": "inline",
        "text": """Hallo Herr Adebayo-Clarke,

ich habe Sie heute um 10:00 Uhr wie vereinbart angerufen (zweimal), Sie aber leider nicht
erreicht. Auch die Mailbox war nicht eingerichtet.

Möchten Sie einen neuen Termin vereinbaren? Dann antworten Sie mir gern mit zwei, drei
Zeitfenstern.

Viele Grüße
Nesrin Yilmaz
""",
    },
    {
        "id": "fdo_missed", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Fournil d'Or", "contact": "isabelle.chaumont@fournildor.example.fr",
        "date": "2026-05-19 15:20 +0200",
        "frm": ("Isabelle Chaumont", "isabelle.chaumont@fournildor.example.fr"),
        "subject": "Nouveau créneau pour notre entretien ?",
        "cs": "windows-1252", "cte": "8bit", "hcs": ("windows-1252", "B"),
        "text": """Bonjour Monsieur Adebayo-Clarke,

Nous vous avons attendu cet après-midi à 14h30 pour votre entretien, M. Duval et moi-même, mais
vous ne vous êtes pas présenté et nous n’avons pas pu vous joindre au téléphone.

S’il s’agit d’un empêchement, nous pouvons vous proposer un nouveau créneau la semaine
prochaine. Merci de me tenir informée.

Cordialement,
Isabelle Chaumont
""",
    },
    {
        "id": "esp_missed", "kind": "missed_interview_notice", "lang": "es",
        "company": "Grupo Espiga", "contact": "ana.molina@grupoespiga.example.es",
        "date": "2026-04-28 10:52 +0200",
        "frm": ("Ana Molina", "ana.molina@grupoespiga.example.es"),
        "subject": "No pudimos conectar contigo en la entrevista",
        "text": """Hola Oluwaseun:

Hoy a las 10:00 te estábamos esperando en la videollamada con el equipo de Calidad, pero no te
conectaste. Esperamos unos 15 minutos y te escribimos también por el chat.

Si tuviste algún problema técnico, avísanos y vemos si es posible buscar otro hueco.

Un saludo,
Ana Molina
Técnica de Selección · Grupo Espiga
""",
    },
    {
        "id": "tcc_missed", "kind": "missed_interview_notice", "lang": "es",
        "company": "Laboratorios Montjuïc Control",
        "contact": "marta.rovira@talentociencia.example.es",
        "date": "2026-02-19 12:40 +0100",
        "frm": ("Marta Rovira", "marta.rovira@talentociencia.example.es"),
        "subject": "Re: Entrevista con Laboratorios Montjuïc Control",
        "parent": "tcc_inv", "quote": "inline", "cs": "iso-8859-1", "cte": "qp",
        "text": """Seun, ¿todo bien?

Me acaba de escribir Jordi Ferrer: te ha llamado a las 12:00 como quedamos y no contestabas. Lo
intentó otra vez a las 12:10.

Dime algo cuando puedas y le pregunto si puede llamarte otro día.

Marta
""",
    },
]
