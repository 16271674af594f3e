
"""The employer notes that the candidate did not join or show up for an interview."""

from scenarios.common import (  # type: ignore[import-not-found]
    GREENHOUSE,
    LEVER,
    USER,
    Msg,
    Quote,
    d,
)

K = "missed_interview_notice"

MSGS = [
    Msg(K, "en", "Northwind Analytics", "we_missed_you",
        "We missed you today",
        """Hi Alex,

We had you scheduled for a technical interview with the data platform team today at 10:00 CT, but it looks like you weren't able to join. We waited on the call for about 15 minutes.

I hope everything is okay. If you're still interested in the Data Engineer role, let me know and I'll see whether we can find another time.

Best,
Priya Nandakumar
Senior Technical Recruiter | Northwind Analytics""",
        ("Priya Nandakumar", "priya.nandakumar@northwind-analytics.test"), d("2026-02-17 17:05"),
        contact="priya.nandakumar@northwind-analytics.test", struct="plain"),
    Msg(K, "en", "Quantum Harbor", "no_show_phone_screen",
        "Missed phone screen",
        """Hi Alex,

I tried calling you at 11:00 ET for our scheduled phone screen but couldn't reach you, and my voicemail went unanswered.

If something came up, no worries - just reply to this email and we can look at rescheduling. If I don't hear back by Friday, I'll assume you're no longer interested in the role and close out your application.

Regards,
Marcus Webb
Talent Partner, Quantum Harbor""",
        ("Marcus Webb", "marcus.webb@quantumharbor.test"), d("2026-02-26 16:30"),
        contact="marcus.webb@quantumharbor.test", struct="qp"),
    Msg(K, "en", "Sable Security", "interviewers_waited",
        "Today's interview",
        """Hi Alex,

Rachel and Omar were on the Zoom at 2:00 PM EDT for your Detection Engineer interview, but you didn't join. Could you let me know what happened? We'd still like to speak with you if the timing was the problem.

Thanks,
Rachel Tan
Recruiter, Sable Security""",
        ("Rachel Tan (via Greenhouse)", GREENHOUSE), d("2026-06-08 18:45"),
        reply_to=("Rachel Tan", "rachel.tan@sablesecurity.test"),
        contact="rachel.tan@sablesecurity.test", struct="alt"),
    Msg(K, "en", "Tandem Bank", "did_not_attend_formal",
        "Your interview on Tuesday 17 February",
        """Dear Alex,

We note that you did not attend your second interview on Tuesday 17 February at 15:30. The panel waited for twenty minutes before closing the call.

If there were exceptional circumstances, please let me know by the end of the week, and we will consider whether another interview can be arranged. Otherwise we will assume you have withdrawn from the process.

Kind regards,
Olivia Grant
Resourcing Partner, Tandem Bank plc""",
        ("Olivia Grant", "olivia.grant@tandembank.test"), d("2026-02-17 17:20"),
        contact="olivia.grant@tandembank.test", struct="latin1"),
    Msg(K, "en", "Cedar & Pine Architects", "didnt_see_you_studio",
        "Friday's meeting",
        """Dear Alex,

We were expecting you at the studio at 11 this morning for your interview, but we didn't see you. I hope all is well.

Please give me a call or drop me a line if you'd still like to meet - we may be able to fit you in next week.

Kind regards,
Fiona O'Neill
Studio Manager, Cedar & Pine Architects""",
        ("Fiona O'Neill", "fiona@cedarpine.test"), d("2026-07-24 12:10"),
        contact="fiona@cedarpine.test", struct="plain"),
    Msg(K, "en", "Lattice Payments", "hm_no_show_chain",
        "Re: Chat about the Backend Engineer role?",
        """Hi Alex,

I was on the Meet link at 10am PT today as planned, but didn't see you join. Maybe the invite didn't come through properly on your side?

Happy to find another slot next week if you're still interested. Let me know.

Ingrid""",
        ("Ingrid Solberg", "ingrid.solberg@latticepay.test"), d("2026-08-21 17:40"),
        contact="ingrid.solberg@latticepay.test", struct="qp",
        quotes=(Quote(("Alex Rivera", USER[1]), d("2026-08-14 19:00"),
                      """Hi Ingrid,

Friday, August 21 at 10am PT works for me. Looking forward to it.

Best,
Alex"""),)),
    Msg(K, "en", "Redwood Games", "lever_no_show_status",
        "Redwood Games – we couldn't connect",
        """Hey Alex,

Our team was ready for your interview earlier today but we weren't able to connect with you. It happens - calendars get messy!

If you'd like to rebook, reply within the next 3 days and we'll send some new options.

Cheers,
Freya""",
        ("Freya Nilsson", LEVER), d("2026-06-17 14:20"),
        reply_to=("Freya Nilsson", "freya@redwoodgames.test"),
        contact="freya@redwoodgames.test", struct="html"),
    Msg(K, "en", "Meridian Health", "panel_missed",
        "Missed interview - Clinical Data Manager",
        """Hi Alex,

Dr. Patel and Sarah were ready for the panel interview at 3:30 PM ET, but we were unable to reach you and you did not join the Webex.

Please let me know if you would like to reschedule. I do need to hear from you by Monday, as the panel is finalising its shortlist.

Best regards,
Hannah Cole
Meridian Health Recruitment""",
        ("Hannah Cole", "hannah.cole@meridianhealth.test"), d("2026-04-16 21:00"),
        contact="hannah.cole@meridianhealth.test", struct="alt-b64"),
    Msg(K, "en", "Atlas Freight", "agency_client_waited",
        "Atlas Freight this morning??",
        """Alex,

Karen at Atlas Freight has just called me - she was waiting on the video call for your 10am interview and you didn't show. Is everything OK? Please give me a ring as soon as you can; I'd like to smooth this over with the client and see if they'll offer another slot.

Chris
Kinetic Talent Partners | 07700 900123""",
        ("Chris Halloran", "chris.halloran@kinetictalent.test"), d("2026-03-03 10:40"),
        contact="chris.halloran@kinetictalent.test", struct="plain"),
    # -------- German
    Msg(K, "de", "Nordlicht Software", "nicht_erschienen",
        "Unser Termin heute um 10 Uhr",
        """Hallo Alex,

wir waren heute um 10:00 Uhr im Video-Call verabredet, leider konnten wir Dich nicht erreichen. Jonas und ich haben etwa eine Viertelstunde gewartet.

Ich hoffe, es ist alles in Ordnung bei Dir! Falls Du weiterhin Interesse an der Stelle hast, melde Dich gern, dann finden wir einen neuen Termin.

Viele Grüße
Julia Hartmann
People & Culture | Nordlicht Software GmbH""",
        ("Julia Hartmann", "julia.hartmann@nordlicht-software.test"), d("2026-03-05 09:30"),
        contact="julia.hartmann@nordlicht-software.test", struct="qp"),
    Msg(K, "de", "Kessler & Vogt", "termin_nicht_wahrgenommen",
        "Ihr Gesprächstermin am 7. April",
        """Sehr geehrter Herr Rivera,

leider haben Sie den vereinbarten Gesprächstermin am heutigen Dienstag um 11:00 Uhr nicht wahrgenommen. Wir hatten auch keine Nachricht von Ihnen erhalten.

Sollten Sie weiterhin an der Position interessiert sein, bitten wir Sie um eine kurze Rückmeldung bis Freitag.

Mit freundlichen Grüßen
Sabine Wolf
Kessler & Vogt AG""",
        ("Sabine Wolf", "s.wolf@kessler-vogt.test"), d("2026-04-07 12:30"),
        contact="s.wolf@kessler-vogt.test", struct="latin1"),
    # -------- French
    Msg(K, "fr", "Lumière Conseil", "absence_entretien",
        "Votre entretien de ce matin",
        """Bonjour Alex,

Julien vous attendait ce matin à 14h pour votre entretien mais vous ne vous êtes pas présenté, et nous n'avons pas réussi à vous joindre par téléphone.

J'espère que tout va bien. Si vous êtes toujours intéressé par le poste, n'hésitez pas à me recontacter afin que nous convenions d'un nouveau rendez-vous.

Bien cordialement,
Camille Durand
Chargée de recrutement - Lumière Conseil""",
        ("Camille Durand", "camille.durand@lumiere-conseil.test"), d("2026-01-30 14:40"),
        contact="camille.durand@lumiere-conseil.test", struct="cp1252"),
    Msg(K, "fr", "Atelier Boréal", "pas_connecte_visio",
        "Entretien technique - vous n'avez pas pu vous connecter ?",
        """Bonjour Alex,

Notre CTO vous attendait à 15h pour l'entretien technique en visio, mais vous ne vous êtes pas connecté. Peut-être un souci technique ?

Dites-nous si vous souhaitez reprogrammer, nous ferons notre possible pour trouver un autre créneau cette semaine.

L'équipe Atelier Boréal
Margaux Petit""",
        ("Margaux Petit", "margaux@atelier-boreal.test"), d("2026-03-17 14:25"),
        contact="margaux@atelier-boreal.test", struct="alt"),
    # -------- Spanish
    Msg(K, "es", "Grupo Mirador", "no_te_conectaste",
        "No pudimos hacer la entrevista",
        """Hola Alex,

Andrés y yo te esperamos hoy a las 10:00 en la videollamada, pero no llegaste a conectarte. ¿Ha pasado algo?

Si sigues interesado en el puesto, escríbeme y vemos si podemos encontrar otro hueco la semana que viene.

Un saludo,
Lucía Fernández
Talent Acquisition | Grupo Mirador""",
        ("Lucía Fernández", "lucia.fernandez@grupomirador.test"), d("2026-03-06 09:35"),
        contact="lucia.fernandez@grupomirador.test", struct="qp"),
    Msg(K, "es", "Soluciones Altamar", "no_asistio",
        "Entrevista del martes 10 de febrero",
        """Estimado Alex:

Le esperábamos hoy a las 10:30 en nuestras oficinas para la entrevista del puesto de Analista de Datos, pero no se ha presentado ni hemos recibido aviso.

Si desea continuar en el proceso, le rogamos que nos lo indique lo antes posible para valorar una nueva fecha.

Un cordial saludo,
Marta Ruiz
Departamento de Recursos Humanos""",
        ("Marta Ruiz", "marta.ruiz@altamar-soluciones.test"), d("2026-02-10 11:15"),
        contact="marta.ruiz@altamar-soluciones.test", struct="latin1"),
]
