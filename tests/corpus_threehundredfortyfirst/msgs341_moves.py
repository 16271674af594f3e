"""interview_reschedule_or_cancel and missed_interview_notice, hand-written for corpus 341."""

from __future__ import annotations

from msgs341_common import (
    AINHOA,
    BEGONA,
    CAMILLE,
    CIARAN,
    CLEAR_AS,
    ELODIE,
    FERGAL,
    GARAZI,
    IKER,
    JONANDER,
    JULIA,
    KATRIN,
    LEIRE,
    MARKUS,
    MARTA,
    MIREN,
    MIRIAM,
    NOEL,
    NURIA,
    ROCIO,
    SINEAD,
    SOPHIE,
    THIBAULT,
    UNAI,
    html_shell,
    ics,
    m,
)

R = "interview_reschedule_or_cancel"
X = "missed_interview_notice"

_mutua = """Hola Itziar:

Perdona el cambio, pero a Iñaki le ha surgido una inspección el miércoles por la mañana y
no podrá estar en la entrevista. ¿Te parece bien pasarla al jueves 12 de marzo a las 12:00?
El sitio es el mismo, calle Castilla 44.

Te actualizo la convocatoria en el calendario. Si el jueves no te encaja, dime qué
alternativas tienes esta semana o la siguiente.

Gracias por tu flexibilidad,
Garazi"""

_hessler = """Buenos días, Itziar:

Te escribo porque tenemos que cambiar la fecha de la entrevista del martes 3 de marzo. Esa
semana tenemos la auditoría de un cliente en la planta y no podemos organizar la visita a la
línea.

Te proponemos el jueves 5 de marzo a la misma hora (9:30 h), en el mismo sitio. ¿Te viene
bien? Disculpa las molestias.

Un saludo,
Ainhoa Sáez de Ugarte
HR Business Partner - Planta Vitoria
Hessler Fahrzeugtechnik España"""

_atalaya = """Hola Itziar:

Lamentablemente tenemos que anular la entrevista con nuestra directora de Salud Laboral que
teníamos prevista para este viernes 20 de marzo a las 12:00. Le ha surgido un viaje que no
puede aplazar.

En cuanto tenga su nueva agenda te propongo otras fechas. Siento mucho el inconveniente.

Un saludo,
Marta Villalba Cuesta
Talento y Cultura | Seguros Atalaya
Paseo de la Castellana 210, 28046 Madrid"""

_irsl = """Estimada Sra. Goikoetxea:

Le comunico que, por necesidades organizativas del Tribunal de Selección, la prueba
práctica de la Convocatoria 2/2026 prevista para el 12 de mayo queda aplazada.

La nueva fecha, hora y lugar se publicarán en el tablón de anuncios de la sede electrónica
con una antelación mínima de diez días naturales, y se le notificarán también por este
medio.

Atentamente,
Begoña Sáenz Ibáñez
Servicio de Personal - Instituto Riojano de Salud Laboral"""

_bidean = """Hola Itziar,

Me acaba de llamar Josu Arriaga: el martes tienen una visita de un cliente a primera hora
y le gustaría retrasar la entrevista a las 13:30 en vez de a las 12:00. Mismo sitio, C/
Zorrostea 7.

¿Te viene bien? Si no, dímelo y lo muevo a otro día.

Gracias!
Leire"""

_selecta = """Hola Itziar:

Te escribo con un cambio de última hora. El director de planta de Plásticos Cinca tiene que
viajar a la sede de Huesca el lunes, así que la entrevista del lunes 23 de marzo queda
aplazada. Me dicen que la harán el lunes 30 de marzo a la misma hora (11:00), en la planta
de Malpica.

Confírmame si te va bien, por favor.

Un saludo,
Nuria Gimeno
Selecta Aragón"""

_autobuses = """Hola Itziar:

Te informamos de un cambio en la sesión de evaluación del lunes 30 de marzo: por obras en
las cocheras, se traslada al miércoles 1 de abril, de 9:00 a 13:30, y se celebrará en el
Centro Cívico Iparralde (C/ Honduras 6, sala 3).

Disculpa las molestias. Confírmanos que puedes asistir.

Ondo izan,
Miren Aldama
Recursos Humanos | Autobuses Gasteiz"""

_liffey = """Hi Itziar,

Unfortunately Sinéad needs to reschedule your interview on Thursday 5 March at 11:00. We're
sorry for the inconvenience.

Please pick a new time using the link below:
https://app.greenhouse.io/scheduling/liffeyoh/7c1e99a2/reschedule

Thanks for your flexibility,
Liffey Occupational Health Recruiting"""

_clear = """Hi Itziar,

We're sorry, but your video screen with Noel Brennan on Wednesday 1 April at 11:00 has been
cancelled, as Noel is unexpectedly out of the office this week.

The calendar invitation has been withdrawn. We'll be back in touch with new times shortly.

Thanks for your patience,
Clearwater Insurance Talent Acquisition"""

_pembroke = """Hi Itziar,

Quick one - Fitzwilliam's Head of People has been pulled into a board meeting on Monday, so
they've asked to push your interview back to Thursday 23 April, same time (14:00 Dublin).
Same video link, I'll resend it the day before.

Shout if Thursday doesn't work.

Cheers,
Ciarán"""

_amd = """Hallo Frau Goikoetxea Mendizabal,

leider muss ich unseren Termin für das Video-Interview am Donnerstag, 12. März, verschieben,
da Dr. Albrecht kurzfristig einen Einsatz in einem Kundenbetrieb übernehmen muss.

Wäre Freitag, 13. März, um 9:00 Uhr für Sie möglich? Der Link bleibt derselbe.

Entschuldigen Sie bitte die Umstände.

Viele Grüße
Julia Brenninger
Personal & Recruiting | AMD Neckar Arbeitsmedizin"""

_katrin = """Liebe Frau Goikoetxea Mendizabal,

aufgrund einer kurzfristig angesetzten Sitzung müssen wir das Fachgespräch am 24. März
leider verschieben. Neuer Termin: Donnerstag, 26. März 2026, 10:00-11:00 Uhr, wieder per
Teams. Die aktualisierte Einladung finden Sie anbei.

Vielen Dank für Ihr Verständnis!

Freundliche Grüße
Katrin Oberländer
HR Business Partner Zentralfunktionen | Hessler Fahrzeugtechnik"""

_schwaben = """Sehr geehrte Frau Goikoetxea Mendizabal,

leider müssen wir das Assessment-Center am 21. April kurzfristig absagen, da mehrere
Mitglieder der Auswahlkommission verhindert sind.

Wir planen einen Ersatztermin im Mai und melden uns dazu in den nächsten Tagen mit einem
konkreten Vorschlag. Bereits gebuchte Reisekosten erstatten wir Ihnen selbstverständlich.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Dr. Miriam Holzapfel
Leiterin Gesundheitsmanagement | Schwabenland Versicherung"""

_stg = """Bonjour Itziar,

Le Dr Azéma est retenu en commission médicale jeudi après-midi : nous devons décaler notre
entretien du 2 avril. Je vous propose le vendredi 3 avril à 10h, en visioconférence
(lien Teams envoyé la veille).

Merci de me dire si cela vous convient.

Bien cordialement,
Camille Rouquette
Santé Travail Garonne"""

_garonne = """Bonjour Itziar,

Petit changement de programme : la DRH du Groupe Hospitalier Lauragais est absente cette
semaine. L'entretien de jeudi 16 avril est donc reporté au mardi 21 avril, à 9h30, même
adresse.

Pouvez-vous me confirmer votre présence ?

Bien à vous,
Élodie Fabre
Garonne RH Conseil"""

_prev_missed = """Hola Itziar,

Te he llamado hoy a las 10:00 para nuestra llamada (dos veces, también a las 10:10) pero no
he conseguido hablar contigo y me salta el buzón.

¿Ha pasado algo? Si sigues interesada en el puesto, respóndeme y buscamos otro momento.

Un saludo,
Iker Olabarria
Responsable de Selección, Prevensalud Norte"""

_bidean_missed = """Hola Itziar:

Te escribo porque Josu Arriaga me acaba de llamar: te estuvieron esperando a las 13:30 en
Talleres Arriaga y no llegaste a aparecer. Te he llamado un par de veces al móvil y no lo
coges.

Cuando puedas, llámame y me cuentas qué ha pasado, que el cliente me pregunta.

Leire
Bidean ETT"""

_norte_missed = """Hola Itziar,

He estado conectado a la reunión de Teams de las 17:00 durante unos veinte minutos, pero no
te has unido. Imagino que habrás tenido algún imprevisto.

Si quieres que lo intentemos otro día, dime un par de huecos y lo organizamos.

Un saludo,
Jon Ander Zubia
Norte Talento"""

_ochandiano_missed = """Itziar, buenos días.

Te estuvimos esperando esta mañana a las 10:30 en la nave de Zamudio y no viniste. No sé si
hubo algún malentendido con la fecha.

Si todavía te interesa, llámame y vemos.

Unai Ochandiano
Transportes Ochandiano"""

_vitalis_missed = """Hola Itziar,

Me acaba de escribir la Policlínica Ebro: la Dra. Martínez y el gerente te han estado
esperando a las 13:00 y no te has presentado a la entrevista. He intentado llamarte sin
éxito.

Por favor, llámame en cuanto leas esto; quiero entender qué ha pasado antes de volver a
hablar con ellos.

Rocío Paredes Olmedo
Vitalis Health Search"""

_corrib_missed = """Hi Itziar,

I tried ringing you at 10 as planned (twice) but it went straight to voicemail. No worries
if something came up - let me know if you'd still like to chat and we'll find another
slot.

Fergal"""

_liffey_missed = """Hi Itziar,

Aoife and I were on the Zoom call for your interview at 11:00 today and waited about 15
minutes, but we didn't see you join. I hope everything is okay.

If there was a technical problem or something came up, just reply and let me know.

Best,
Sinéad

Sinéad Kavanagh
Talent Partner | Liffey Occupational Health
Unit 4, Grand Canal Quay, Dublin 2"""

_neckar_missed = """Liebe Frau Goikoetxea,

der Klinikverbund Filder hat mich gerade angerufen: Die Pflegedirektorin und Herr Lang
haben heute um 11:00 Uhr auf Sie gewartet, Sie sind aber nicht erschienen. Telefonisch
konnte ich Sie leider auch nicht erreichen.

Bitte melden Sie sich kurz bei mir, damit ich dem Mandanten etwas sagen kann.

Beste Grüße
Markus Feil
Neckar Health Partners"""

_occitane_missed = """Bonjour Madame Goikoetxea,

J'ai essayé de vous joindre ce matin à 10h30, comme convenu, pour notre entretien
téléphonique, mais je suis tombée sur votre messagerie à deux reprises.

Si vous êtes toujours intéressée par le poste, merci de me recontacter pour fixer un
nouveau créneau.

Cordialement,
Sophie Marty
Mutuelle Occitane"""

_interim_missed = """Bonjour Itziar,

M. Laborde d'Aéro Gave Composites vous a attendue cet après-midi à 15h pour l'entretien,
mais vous ne vous êtes pas présentée. Je n'ai pas réussi à vous joindre par téléphone.

Pouvez-vous me rappeler rapidement ? Le client souhaite savoir s'il doit maintenir votre
candidature.

Thibault Casaubon
Intérim Pyrénées - Pau
05 00 00 00 64"""

MESSAGES = [
    m(R, "es", "mutua_move", company="Mutua Laguntza", contact=GARAZI[1], frm=GARAZI,
      date="03-06 13:02", subj="Cambio de hora: Entrevista - Técnico/a de Ergonomía",
      text=_mutua, html=True, parent="mutua_inv",
      ics=ics("REQUEST", "ml-entrevista-ergonomia-0311@mutualaguntza.example.es", 1,
              "20260312T120000", "20260312T130000", "Entrevista Itziar Goikoetxea - Ergonomía",
              "Mutua Laguntza, C/ Castilla 44, 3.ª planta, Vitoria-Gasteiz", GARAZI,
              stamp="20260306T120200Z")),
    m(R, "es", "hessler_move_es", company="Hessler Fahrzeugtechnik", contact=AINHOA[1],
      frm=AINHOA, date="02-27 10:31",
      subj="RE: Entrevista Especialista en Ergonomía - Planta Vitoria", text=_hessler,
      parent="own_confirm_hessler", quote="outlook", cs="windows-1252", cte="qp"),
    m(R, "es", "atalaya_move", company="Seguros Atalaya", contact=MARTA[1], frm=MARTA,
      date="03-18 19:10", subj="Entrevista del viernes - anulada", text=_atalaya,
      cs="iso-8859-1", cte="qp"),
    m(R, "es", "irsl_move", company="Instituto Riojano de Salud Laboral", contact=BEGONA[1],
      frm=BEGONA, date="05-06 09:15", subj="Aplazamiento prueba práctica Convocatoria 2/2026",
      text=_irsl, cs="iso-8859-1", cte="8bit", subj_cs=("iso-8859-1", "Q"),
      parent="irsl_inv"),
    m(R, "es", "bidean_move", company="Talleres Arriaga", contact=LEIRE[1], frm=LEIRE,
      date="01-30 09:48", subj="RE: Entrevista en Talleres Arriaga - martes 3/02",
      text=_bidean, parent="bidean_inv", quote="outlook", cte="8bit"),
    m(R, "es", "selecta_move", company="Plásticos Cinca", contact=NURIA[1], frm=NURIA,
      date="03-19 17:55", subj="Aplazada entrevista Plásticos Cinca", text=_selecta,
      html=True, subj_cs=("utf-8", "B")),
    m(R, "es", "autobuses_move", company="Autobuses Gasteiz", contact=MIREN[1], frm=MIREN,
      date="03-26 08:20", subj="Cambio de fecha y lugar - sesión de evaluación",
      text=_autobuses, cs="windows-1252", cte="8bit"),
    m(R, "en", "liffey_move", company="Liffey Occupational Health", contact=SINEAD[1],
      frm=("Sinéad Kavanagh via Greenhouse", "no-reply@greenhouse-mail.io"), reply=SINEAD,
      date="03-03 16:45 +0000", subj="Action needed: please reschedule your interview",
      text=_liffey, html=html_shell(_liffey, footer="Powered by Greenhouse"),
      name_cs=("iso-8859-1", "Q")),
    m(R, "en", "clear_cancel", company="Clearwater Insurance", contact=NOEL[1], frm=CLEAR_AS,
      reply=NOEL, date="03-30 08:05 +0100",
      subj="Cancelled: Video screen with Noel Brennan (Clearwater Insurance)", text=_clear,
      parent="clear_inv",
      ics=ics("CANCEL", "ashby-clearwater-8812@ashbyhq.com", 1, "20260401T110000",
              "20260401T113000", "Video screen: Itziar Goikoetxea / Noel Brennan",
              "Microsoft Teams", NOEL, tzid="Europe/Dublin", stamp="20260330T070500Z")),
    m(R, "en", "pembroke_move", company="Fitzwilliam Medical Group", contact=CIARAN[1],
      frm=CIARAN, date="04-17 12:02",
      subj="Re: Fitzwilliam Medical Group - interview request", text=_pembroke,
      parent="own_confirm_pembroke", quote="gmail"),
    m(R, "de", "amd_move", company="AMD Neckar Arbeitsmedizin", contact=JULIA[1], frm=JULIA,
      date="03-09 15:26", subj="Verschiebung Ihres Video-Interviews", text=_amd, cte="qp"),
    m(R, "de", "hessler_move_de", company="Hessler Fahrzeugtechnik", contact=KATRIN[1],
      frm=KATRIN, date="03-20 11:47",
      subj="Aktualisiert: Fachgespräch Zentralergonomie (Teams)", text=_katrin, html=True,
      name_cs=("utf-8", "B"), parent="hessler_inv_de",
      ics=ics("REQUEST", "040000008200E00074C5B7101A82E00800000000B7F2@hessler.example.de", 1,
              "20260326T100000", "20260326T110000",
              "Fachgespräch Zentralergonomie - I. Goikoetxea Mendizabal",
              "Microsoft Teams-Besprechung", KATRIN, tzid="Europe/Berlin",
              stamp="20260320T104700Z")),
    m(R, "de", "schwaben_move", company="Schwabenland Versicherung", contact=MIRIAM[1],
      frm=MIRIAM, date="04-15 17:30", subj="Absage Assessment-Center 21.04. - Ersatztermin folgt",
      text=_schwaben, cs="iso-8859-1", cte="qp", parent="schwaben_inv"),
    m(R, "fr", "stg_move", company="Santé Travail Garonne", contact=CAMILLE[1], frm=CAMILLE,
      date="03-31 12:14", subj="Re: Proposition d'entretien - Ergonome / Kinésithérapeute",
      text=_stg, parent="stg_inv", cte="8bit"),
    m(R, "fr", "garonne_move", company="Groupe Hospitalier Lauragais", contact=ELODIE[1],
      frm=ELODIE, date="04-14 18:20", subj="Report de votre entretien - Groupe Hospitalier",
      text=_garonne, html=True, name_cs=("utf-8", "B"), parent="garonne_inv"),
    m(X, "es", "prev_missed", company="Prevensalud Norte", contact=IKER[1], frm=IKER,
      date="02-20 10:24", subj="Nuestra llamada de hoy", text=_prev_missed, cte="8bit"),
    m(X, "es", "bidean_missed", company="Talleres Arriaga", contact=LEIRE[1], frm=LEIRE,
      date="02-03 14:12", subj="¿Qué ha pasado con la entrevista?", text=_bidean_missed,
      subj_cs=("utf-8", "B")),
    m(X, "es", "norte_missed", company="Norte Talento", contact=JONANDER[1], frm=JONANDER,
      date="03-17 17:26", subj="Re: Proceso confidencial técnico/a de ergonomía - ¿hablamos?",
      text=_norte_missed, parent="norte_inv", quote="gmail", html=True),
    m(X, "es", "ochandiano_missed", company="Transportes Ochandiano", contact=UNAI[1],
      frm=UNAI, date="04-16 12:40", subj="Entrevista de hoy", text=_ochandiano_missed,
      cs="iso-8859-1", cte="8bit"),
    m(X, "es", "vitalis_missed", company="Policlínica Ebro", contact=ROCIO[1], frm=ROCIO,
      date="02-12 13:41", subj="URGENTE - entrevista Policlínica Ebro", text=_vitalis_missed,
      cs="windows-1252", cte="qp"),
    m(X, "en", "corrib_missed", company="Corrib Ergonomics", contact=FERGAL[1], frm=FERGAL,
      date="05-05 10:19", subj="Re: Quick chat?", text=_corrib_missed,
      parent="own_reply_corrib", quote="gmail", cte="7bit"),
    m(X, "en", "liffey_missed", company="Liffey Occupational Health", contact=SINEAD[1],
      frm=SINEAD, date="03-12 11:22", subj="Your interview today",
      text=_liffey_missed, html=True, name_cs=("utf-8", "Q")),
    m(X, "de", "neckar_missed", company="Klinikverbund Filder", contact=MARKUS[1],
      frm=MARKUS, date="04-28 12:05", subj="Ihr Termin heute beim Klinikverbund Filder",
      text=_neckar_missed, cte="8bit"),
    m(X, "fr", "occitane_missed", company="Mutuelle Occitane", contact=SOPHIE[1], frm=SOPHIE,
      date="04-09 11:02", subj="Re: Entretien téléphonique - offre MO-26-052",
      text=_occitane_missed, parent="occitane_inv", quote="gmail", cs="iso-8859-1",
      cte="qp"),
    m(X, "fr", "interim_missed", company="Aéro Gave Composites", contact=THIBAULT[1],
      frm=THIBAULT, date="04-23 15:48", subj="Entretien Aéro Gave Composites - absence",
      text=_interim_missed, cs="windows-1252", cte="8bit", subj_cs=("windows-1252", "Q")),
]
