"""Employers telling the candidate they missed (did not show for) an interview."""

from make_final import ME, Spec, q_gmail

K = "missed_interview_notice"

SPECS = [
    Spec(
        K, "tried_calling", "en", ("Greta Holm", "greta.holm@northstarcare.example.com"),
        "Phone interview today", date="2026-02-12T14:25-05:00", company="Northstar Care", contact="greta.holm@northstarcare.example.com",
        text="""Hi Robin,

We tried calling you at the scheduled time (2:00 PM) for your phone interview for the Patient Access Supervisor role but weren't able to reach you, and the voicemail box was full.

If you are still interested, please reply with a few times that work for you this week.

Thank you,
Greta Holm
Talent Acquisition | Northstar Care
""",
    ),
    Spec(
        K, "teams_no_join", "en", ("Arjun Mehta", "arjun.mehta@crescentsoft.example.com"),
        "Missed interview - Cloud Support Engineer", date="2026-03-05T11:40+00:00", company="Crescent Software",
        contact="arjun.mehta@crescentsoft.example.com", fmt="alt", layout=1,
        text="""Dear Robin,

You did not join the Teams meeting this morning at 11:00 for your interview for the Cloud Support Engineer position. The panel waited for 15 minutes.

Could you let us know if something happened? We may be able to offer another slot next week.

Kind regards,
Arjun Mehta
Recruitment Specialist
Crescent Software Ltd
""",
    ),
    Spec(
        K, "we_missed_you_casual", "en", ("Tasha Greene", "tasha@lumenloop.example.com"),
        "we missed you!", date="2026-01-22T16:18-08:00", company="Lumenloop", contact="tasha@lumenloop.example.com",
        text="""hey Robin - we missed you on the zoom at 3! hope everything's ok. totally happy to find another time if you're still keen, just lmk

tasha
""",
    ),
    Spec(
        K, "no_show_policy_retail", "en", ("Kingsway Stores Recruitment", "recruitment@kingsway-stores.example.co.uk"),
        "Your interview on 9 March", date="2026-03-09T17:02+00:00", company="Kingsway Stores",
        reply_to=("Helen Marsh", "helen.marsh@kingsway-stores.example.co.uk"), contact="helen.marsh@kingsway-stores.example.co.uk",
        fmt="html", layout=0,
        text="""Dear Robin,

We were expecting you today at 10:30 for your interview for Assistant Store Manager at our Leeds Trinity store, but unfortunately you did not attend.

We understand things sometimes come up. If you would like to be considered for a new interview date please reply to Helen Marsh within 5 working days; otherwise we will assume you no longer wish to proceed.

Kingsway Stores Recruitment Team
""",
    ),
    Spec(
        K, "agency_client_waited", "en", ("Liam O'Rourke", "liam.orourke@vertexrecruit.example.ie"),
        "What happened?? Spindle interview", date="2026-02-26T10:31+00:00", company="Spindle Analytics",
        contact="liam.orourke@vertexrecruit.example.ie",
        text="""Robin,

Just had Spindle on the phone - they were waiting on the Zoom for your 10am and you didn't show up. Is everything alright? I've been trying your mobile.

Call me back as soon as you get this and I'll see if I can salvage it with them.

Liam
Vertex Recruitment | 01 555 0198
""",
    ),
    Spec(
        K, "reply_chain_no_show", "en", ("Nora Feld", "nora.feld@ironleaf.example.com"),
        "Re: Confirming Tuesday", date="2026-03-17T10:45-04:00", company="Ironleaf",
        contact="nora.feld@ironleaf.example.com",
        text="""Hi Robin, our engineering manager was on the call at 10 but didn't see you join. Did we get our wires crossed on the time zone? Let me know and we'll figure out a new time.

Nora

""" + q_gmail(ME, "Fri, Mar 13, 2026 at 1:20 PM", "Hi Nora,\nconfirming Tuesday the 17th at 10am. Thanks!\nRobin"),
    ),
    Spec(
        K, "de_nicht_erschienen", "de", ("Julia Hartmann", "j.hartmann@moorland-klinik.example.de"),
        "Ihr heutiger Gesprächstermin", date="2026-02-18T12:05+01:00", company="Moorland-Klinik",
        contact="j.hartmann@moorland-klinik.example.de", charset="iso-8859-1",
        text="""Sehr geehrter Herr Okafor,

leider sind Sie heute zu dem vereinbarten Vorstellungsgespräch um 10:30 Uhr nicht erschienen. Wir haben auch versucht, Sie telefonisch zu erreichen.

Sollten Sie weiterhin Interesse an der Stelle haben, melden Sie sich bitte bis Freitag bei mir, damit wir gegebenenfalls einen neuen Termin vereinbaren können.

Mit freundlichen Grüßen
Julia Hartmann
Personalabteilung, Moorland-Klinik
""",
    ),
    Spec(
        K, "fr_absent_visio", "fr", ("Sébastien Caron", "sebastien.caron@optique-lumen.example.fr"),
        "Entretien de ce matin", date="2026-03-11T10:20+01:00", company="Optique Lumen",
        contact="sebastien.caron@optique-lumen.example.fr",
        text="""Bonjour Robin,

Nous vous avons attendu ce matin à 9h30 sur le lien Teams pour notre entretien, mais vous ne vous êtes pas connecté.

J'espère que tout va bien de votre côté. Si vous êtes toujours intéressé par le poste, n'hésitez pas à me proposer de nouvelles disponibilités.

Cordialement,
Sébastien Caron
Optique Lumen – Ressources Humaines
""",
    ),
    Spec(
        K, "es_no_se_presento", "es", ("Elena Castro", "ecastro@distribuidoranorte.example.es"),
        "No pudimos contactarte", date="2026-02-04T13:15+01:00", company="Distribuidora Norte",
        contact="ecastro@distribuidoranorte.example.es",
        text="""Hola Robin:

Hoy a las 12:00 teníamos programada la entrevista telefónica para el puesto de Analista de Compras. Te llamamos dos veces pero no conseguimos hablar contigo.

Si sigues interesado, respóndeme con tu disponibilidad y lo volvemos a intentar.

Saludos,
Elena Castro
Selección - Distribuidora Norte
""",
    ),
    Spec(
        K, "uni_panel_waited", "en", ("Recruitment Team", "jobs@kelvinmoor.example.ac.uk"),
        "Interview for Data Manager (ref KM-1187)", date="2026-01-30T15:05+00:00", company="Kelvin Moor University",
        reply_to=("Fiona Drummond", "f.drummond@kelvinmoor.example.ac.uk"), contact="f.drummond@kelvinmoor.example.ac.uk",
        fmt="alt", layout=1,
        text="""Dear Robin

The interview panel were expecting you at 14.00 today for your interview for the post of Data Manager; however, you did not arrive and we were unable to reach you.

If there were circumstances that prevented you from attending, please contact Fiona Drummond by reply to this email by Wednesday 4 February.

Regards

Recruitment Team
Kelvin Moor University
""",
    ),
]
