"""Threads of corpus 305: one employer's mail from acknowledgement to the end, with replies."""

from __future__ import annotations

from msgs305_common import (
    CAND,
    CAND_SIG,
    DISCLAIMER_DE,
    DISCLAIMER_ES,
    OWN,
    M,
    Spec,
)

# --------------------------------------------------------------- A: Energía Cantábrica (Bilbao)
EC = "Energía Cantábrica"
LEIRE = ("Leire Agirre Etxebarria", "leire.agirre@energiacantabrica.example.es")
LEIRE_SIG = ("Leire Agirre Etxebarria\nTécnica de Selección | Personas y Cultura\n"
             "Energía Cantábrica\nAlameda de Urquijo 41, 48011 Bilbao\nT. +34 944 120 377")
EC_ICS = {"uid": "ec-r2026-0147-1@energiacantabrica.example.es", "organizer": LEIRE,
          "location": "Alameda de Urquijo 41, Bilbao - planta 6, sala Artxanda",
          "summary": "Entrevista Analista de Datos Junior - Aitor Goikoetxea"}

THREAD_A: list[Spec] = [
    M("application_received", "es", EC, "energia_cantabrica_workday_ack",
      ("Energía Cantábrica", "energiacantabrica@myworkday.com"), "2026-02-02 08:14 +0100",
      "Hemos recibido tu candidatura: Analista de Datos Junior (R-2026-0147)",
      "Hola, Aitor:\n\n"
      "Gracias por tu interés en Energía Cantábrica. Te confirmamos que hemos recibido tu\n"
      "candidatura para el puesto Analista de Datos Junior - Operación de Red (R-2026-0147).\n\n"
      "Nuestro equipo de Personas y Cultura revisará tu perfil en las próximas semanas. Si "
      "encaja\ncon lo que buscamos, nos pondremos en contacto contigo por correo o por "
      "teléfono.\n\n"
      "Puedes consultar el estado de tu solicitud en cualquier momento desde tu cuenta del "
      "portal\nde empleo.\n\n"
      "Un saludo,\nEquipo de Selección de Energía Cantábrica\n\n"
      "Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.",
      key="A1", name_enc=("b", "utf-8"), layout="alt", brand="#00875a", bot=True),
    M("interview_invitation", "es", EC, "energia_cantabrica_first_interview", LEIRE,
      "2026-03-02 10:05 +0100",
      "Entrevista – Analista de Datos Junior (Energía Cantábrica)",
      "Buenos días, Aitor:\n\n"
      "Hemos revisado tu candidatura para el puesto de Analista de Datos Junior y nos "
      "gustaría\nconocerte en persona. Te propongo una entrevista el lunes 9 de marzo a las "
      "10:00 en\nnuestras oficinas de Alameda de Urquijo 41 (planta 6). Estaremos Iñigo "
      "Sarasola,\nresponsable de Analítica de Red, y yo. Calcula una hora aproximadamente.\n\n"
      "Te adjunto la convocatoria en el calendario. Si no te viniera bien, dímelo y buscamos\n"
      "otro hueco. Trae, si puedes, algún ejemplo de análisis de datos que hayas hecho con\n"
      "tus alumnos o en el máster.\n\n"
      "Un saludo,\n\n" + LEIRE_SIG,
      key="A2", subj_enc=("q", "windows-1252"), charset="iso-8859-1",
      cte="quoted-printable",
      ics=dict(EC_ICS, method="REQUEST", seq=0, start="20260309T100000",
               end="20260309T110000", stamp="20260302T090500Z")),
    OWN("es", "own_confirms_energia_cantabrica", LEIRE, "2026-03-02 12:40 +0100",
        "Re: Entrevista – Analista de Datos Junior (Energía Cantábrica)",
        "Hola, Leire:\n\nMuchas gracias por la convocatoria. El lunes 9 a las 10:00 me viene "
        "perfecto;\nllevaré el proyecto de series temporales de consumo eléctrico del "
        "instituto.\n\nUn saludo,\n" + CAND_SIG,
        key="A3", parent="A2", quote="es", subj_enc=("q", "utf-8")),
    M("interview_reschedule_or_cancel", "es", EC, "energia_cantabrica_moved_slot", LEIRE,
      "2026-03-05 09:30 +0100",
      "RE: Entrevista – Analista de Datos Junior (Energía Cantábrica)",
      "Hola de nuevo, Aitor:\n\n"
      "Lo siento, pero a Iñigo le ha surgido un viaje a la subestación de Zierbena el lunes.\n"
      "¿Podríamos pasar la entrevista al miércoles 11 de marzo a las 12:00, mismo sitio?\n"
      "Te mando la convocatoria actualizada; la anterior queda sustituida.\n\n"
      "Disculpa las molestias.\n\nLeire\n\n" + LEIRE_SIG + "\n\n" + DISCLAIMER_ES,
      key="A4", parent="A3", quote="es", subj_enc=("b", "utf-8"),
      ics=dict(EC_ICS, method="REQUEST", seq=1, start="20260311T120000",
               end="20260311T130000", stamp="20260305T083000Z")),
    OWN("es", "own_thanks_energia_cantabrica", LEIRE, "2026-03-11 18:02 +0100",
        "Gracias por la entrevista de hoy",
        "Hola, Leire:\n\nQuería daros las gracias a Iñigo y a ti por el tiempo de esta "
        "mañana. Me ha\ngustado mucho conocer cómo usáis los datos de los contadores para "
        "anticipar\nincidencias en la red, y me quedo con ganas de seguir hablando del "
        "tema.\n\nQuedo a vuestra disposición para lo que necesitéis.\n\n" + CAND_SIG,
        key="A5", parent="A4", quote="es"),
    M("interview_invitation", "es", EC, "energia_cantabrica_second_round", LEIRE,
      "2026-09-08 11:15 +0200", "Re: Gracias por la entrevista de hoy",
      "Hola, Aitor:\n\n"
      "Perdona el silencio de estos meses: el proceso estuvo parado por la reorganización\n"
      "del área. Tengo buenas noticias: pasas a la segunda fase. Queremos que conozcas a\n"
      "Marta Olabarria, directora de Operación de Red, y que nos presentes un pequeño caso\n"
      "práctico (te lo envío 48 horas antes). ¿Te encaja el jueves 17 de septiembre a las 9:30?\n"
      "Serán unos 90 minutos en la misma oficina.\n\n"
      "Confírmame cuando puedas.\n\nUn abrazo,\nLeire\n\n" + LEIRE_SIG,
      key="A6", parent="A5", quote="es", layout="alt", brand="#00875a"),
    M("offer", "es", EC, "energia_cantabrica_verbal_offer", LEIRE, "2026-09-29 17:48 +0200",
      "Lo hablado por teléfono",
      "Hola, Aitor:\n\n"
      "Como te ha adelantado Marta esta tarde por teléfono, nos encantaría que te "
      "incorporaras\nal equipo de Analítica de Red como Analista de Datos Junior. Te resumo "
      "lo que\nhablasteis: contrato indefinido, 34.000 EUR brutos anuales, jornada "
      "intensiva en\nverano e incorporación el 11 de enero de 2027, para que puedas cerrar el "
      "trimestre en\nel instituto.\n\n"
      "En los próximos días te enviaré la carta de oferta formal. Cualquier duda, llámame.\n\n"
      "Enhorabuena,\nLeire\n\n" + LEIRE_SIG, key="A7"),
    M("offer", "es", EC, "energia_cantabrica_offer_letter", LEIRE, "2026-10-02 13:20 +0200",
      "Carta de oferta – Analista de Datos Junior",
      "Hola, Aitor:\n\n"
      "Te adjunto la carta de oferta con las condiciones que comentamos. Si estás de "
      "acuerdo,\ndevuélvenosla firmada antes del 16 de octubre. Si quieres comentar algún "
      "punto, estoy\na tu disposición.\n\nUn saludo,\n\n" + LEIRE_SIG + "\n\n" + DISCLAIMER_ES,
      key="A8", parent="A7", subj_enc=("q", "windows-1252"),
      pdfs=[("Carta_oferta_Goikoetxea.pdf",
             ["Energia Cantabrica - Carta de oferta", "Bilbao, 2 de octubre de 2026",
              "Estimado Sr. Goikoetxea:", "Nos complace ofrecerle el puesto de Analista de "
              "Datos Junior.", "Salario: 34.000 EUR brutos anuales. Incorporacion: "
              "11/01/2027.", "Atentamente, Personas y Cultura"])]),
    OWN("es", "own_negotiates_energia_cantabrica", LEIRE, "2026-10-05 21:10 +0200",
        "Re: Carta de oferta – Analista de Datos Junior",
        "Hola, Leire:\n\nMuchas gracias por la carta. Estoy muy ilusionado con la oferta. "
        "Antes de firmar,\n¿sería posible revisar el salario hasta 36.000 EUR? Tengo "
        "también otra propuesta\nencima de la mesa y preferiría quedarme con vosotros.\n\n"
        "Un saludo,\nAitor",
        key="A9", parent="A8", quote="es", subj_enc=("b", "windows-1252")),
    M("offer", "es", EC, "energia_cantabrica_revised_offer", LEIRE, "2026-10-07 12:02 +0200",
      "RE: Carta de oferta – Analista de Datos Junior",
      "Hola, Aitor:\n\n"
      "Lo he hablado con Marta y con Compensación: podemos ofrecerte 35.500 EUR brutos "
      "anuales\nmás el plan de formación en Python y SQL que comentaste. Te adjunto la "
      "carta\nactualizada, que sustituye a la anterior.\n\nEspero tu respuesta.\n\nLeire",
      key="A10", parent="A9", quote="outlook_es", subj_enc=("q", "utf-8"),
      pdfs=[("Carta_oferta_Goikoetxea_v2.pdf",
             ["Energia Cantabrica - Carta de oferta (version 2)", "Bilbao, 7 de octubre de 2026",
              "Salario: 35.500 EUR brutos anuales.", "Resto de condiciones sin cambios."])]),
    OWN("es", "own_accepts_energia_cantabrica", LEIRE, "2026-10-08 08:31 +0200",
        "Re: Carta de oferta – Analista de Datos Junior",
        "¡Buenos días, Leire!\n\nAcepto encantado. Os devuelvo la carta firmada adjunta.\n"
        "Gracias a todo el equipo por el trato durante el proceso.\n\n" + CAND_SIG,
        key="A11", parent="A10", quote="es", subj_enc=("q", "utf-8"),
        pdfs=[("Carta_oferta_firmada.pdf", ["Carta de oferta firmada", "Aitor Goikoetxea"])]),
    M("offer", "es", EC, "energia_cantabrica_contract", ("Contratos Energía Cantábrica",
      "contratos@energiacantabrica.example.es"),
      "2026-10-20 10:00 +0200", "Contrato de trabajo para firma",
      "Estimado Aitor:\n\n"
      "Le remitimos su contrato de trabajo indefinido como Analista de Datos Junior, con "
      "fecha\nde incorporación 11 de enero de 2027, para que lo revise y lo firme.\n"
      "Por favor, devuélvanos una copia firmada junto con su número de afiliación a la\n"
      "Seguridad Social y el certificado de cuenta bancaria.\n\n"
      "Atentamente,\nAdministración de Personal\nEnergía Cantábrica\n\n" + DISCLAIMER_ES,
      name_enc=("q", "windows-1252"), layout="alt", brand="#00875a", cte="base64",
      pdfs=[("Contrato_Goikoetxea_2026.pdf",
             ["CONTRATO DE TRABAJO INDEFINIDO", "Empresa: Energia Cantabrica",
              "Trabajador: Aitor Goikoetxea", "Categoria: Analista de Datos Junior",
              "Inicio: 11/01/2027"])]),
]

# --------------------------------------------------------------- B: Kuantika Labs (Donostia)
MIKEL = ("Mikel Etxeberria", "mikel@kuantika.example.es")
ANE = ("Ane Lasa", "ane.lasa@kuantika.example.es")
THREAD_B: list[Spec] = [
    M("application_received", "en", "Kuantika Labs", "kuantika_ashby_ack",
      ("Kuantika Labs", "no-reply@ashbyhq.com"), "2026-04-07 09:02 +0000",
      "Thanks for applying to Kuantika Labs",
      "Hi Aitor,\n\n"
      "Thanks for applying for the Data Analyst (Energy Forecasting) role at Kuantika Labs!\n"
      "We're a small team in Donostia, so a real person reads every application. You'll "
      "hear\nfrom us within two weeks either way.\n\n"
      "Kuantika Labs Hiring Team\n\nPowered by Ashby",
      key="B1", layout="html", brand="#6b2fbf"),
    M("interview_invitation", "en", "Kuantika Labs", "kuantika_schedule_link",
      ("Mikel from Kuantika Labs", "no-reply@ashbyhq.com"), "2026-04-10 14:20 +0200",
      "Let's talk! Schedule your intro call with Kuantika Labs",
      "Hi Aitor,\n\n"
      "I loved the forecasting notebook in your portfolio. I'd like to set up a 45-minute\n"
      "video call to get to know you and walk you through what we're building.\n\n"
      "Please pick a time that suits you here:\n"
      "https://jobs.ashbyhq.com/kuantika/interview/schedule/7f3c1a\n\n"
      "Talk soon,\nMikel Etxeberria\nCTO, Kuantika Labs",
      key="B2", reply_to=MIKEL, layout="alt", brand="#6b2fbf", cte="quoted-printable"),
    M("missed_interview_notice", "es", "Kuantika Labs", "kuantika_waited_for_you", MIKEL,
      "2026-04-15 10:41 +0200", "¿Todo bien? Te esperábamos a las 10:00",
      "Hola Aitor,\n\n"
      "Te estuvimos esperando en el Meet de las 10:00 unos veinte minutos y no "
      "conseguimos\nconectar contigo. También te he llamado al móvil sin suerte.\n\n"
      "Espero que no haya pasado nada. Si sigues interesado, dime qué día te viene bien "
      "y\nlo volvemos a intentar.\n\nMikel",
      key="B3", subj_enc=("q", "utf-8")),
    OWN("es", "own_apology_kuantika", MIKEL, "2026-04-15 11:20 +0200",
        "Re: ¿Todo bien? Te esperábamos a las 10:00",
        "Hola Mikel:\n\nLo siento muchísimo. Tenía apuntada la llamada a las 10:00 del "
        "jueves, no del\nmiércoles; ha sido un error mío. Sigo muy interesado. Mañana "
        "jueves tengo libre\ndesde las 12:30 y el viernes toda la tarde.\n\nDe nuevo, "
        "disculpas.\nAitor",
        key="B4", parent="B3", quote="es", subj_enc=("b", "utf-8")),
    M("interview_invitation", "es", "Kuantika Labs", "kuantika_new_call", MIKEL,
      "2026-04-15 13:05 +0200", "Re: ¿Todo bien? Te esperábamos a las 10:00",
      "Sin problema, nos pasa a todos. Te mando invitación para mañana jueves a las 13:00.\n"
      "Estará también Ane, nuestra CEO.\n\nMikel",
      key="B5", parent="B4", quote="es", subj_enc=("q", "utf-8"),
      ics={"method": "REQUEST", "uid": "kuantika-intro-aitor@kuantika.example.es", "seq": 0,
           "start": "20260416T130000", "end": "20260416T134500",
           "summary": "Aitor / Kuantika Labs - intro call", "organizer": MIKEL,
           "location": "https://meet.example.com/kua-ntik-abc", "stamp": "20260415T110500Z"}),
    M("offer", "es", "Kuantika Labs", "kuantika_offer_verbal", ANE, "2026-05-05 19:12 +0200",
      "Queremos que te unas a Kuantika",
      "Hola Aitor:\n\n"
      "Después de las tres conversaciones y del ejercicio técnico, lo tenemos claro: "
      "queremos\nofrecerte el puesto de Data Analyst. Te cuento lo básico: 38.000 EUR "
      "brutos,\nstock options (0,15 %), trabajo híbrido desde Donostia e incorporación el 1 "
      "de\njunio.\n\n"
      "Esta semana te llega la carta formal en inglés, porque nuestro inversor principal es\n"
      "de Dublín. Llámame cuando quieras.\n\nAne Lasa\nCEO & cofundadora, Kuantika Labs",
      key="B6", layout="alt", brand="#6b2fbf", cte="base64"),
    M("offer", "en", "Kuantika Labs", "kuantika_offer_letter", ANE, "2026-05-07 09:30 +0200",
      "Your offer from Kuantika Labs",
      "Hi Aitor,\n\n"
      "As promised, attached is your formal offer letter for the Data Analyst position. "
      "The\noffer is valid until 22 May. Happy to jump on a call to go through any of it.\n\n"
      "Best,\nAne",
      key="B7", parent="B6",
      pdfs=[("Kuantika_Offer_Letter_AGoikoetxea.pdf",
             ["Kuantika Labs - Offer of Employment", "Position: Data Analyst",
              "Base salary: EUR 38,000 gross per year", "Equity: 0.15% options, 4-year "
              "vesting", "Offer valid until 22 May 2026"])]),
    M("offer", "en", "Kuantika Labs", "kuantika_offer_revised", ANE, "2026-05-21 16:44 +0200",
      "Re: Your offer from Kuantika Labs",
      "Hi Aitor,\n\n"
      "Thanks for being upfront about the start date. We've moved what we can: EUR 40,000\n"
      "base, a start on 15 June and a deadline of 5 June. Revised letter attached.\n\n"
      "We really hope you say yes.\nAne",
      key="B8", parent="B7", quote="en",
      pdfs=[("Kuantika_Offer_Letter_AGoikoetxea_rev1.pdf",
             ["Kuantika Labs - Revised Offer", "Base salary: EUR 40,000 gross per year",
              "Offer valid until 5 June 2026"])]),
    OWN("es", "own_declines_kuantika", ANE, "2026-06-04 09:15 +0200",
        "Re: Your offer from Kuantika Labs",
        "Hola Ane:\n\nHa sido una decisión muy difícil, pero no puedo dejar a mis alumnos "
        "en plena\nevaluación final, así que tengo que decir que no a la oferta. Os agradezco\n"
        "de verdad la confianza y el esfuerzo con la segunda propuesta. Ojalá nuestros caminos se crucen más adelante.\n\n"
        "Un abrazo,\nAitor",
        parent="B8", quote="en"),
]

# --------------------------------------------------------------- C: Kreditbank Isartal (Munich)
HUBER = ("Franziska Huber", "franziska.huber@kreditbank-isartal.example.de")
HUBER_SIG = ("Franziska Huber\nTalent Acquisition\nKreditbank Isartal AG\n"
             "Sonnenstraße 19, 80331 München\nTel. +49 89 2107 4431")
KB_ICS = {"uid": "kbi-4471-goikoetxea@kreditbank-isartal.example.de", "organizer": HUBER,
          "location": "Microsoft Teams", "tz": "Europe/Berlin",
          "summary": "Interview Junior Data Analyst Risk - Goikoetxea"}
THREAD_C: list[Spec] = [
    M("application_received", "de", "Kreditbank Isartal", "kreditbank_softgarden_ack",
      ("Kreditbank Isartal via softgarden", "noreply@softgarden.io"),
      "2026-03-10 07:55 +0100",
      "Ihre Bewerbung als Junior Data Analyst Risk (m/w/d)",
      "Sehr geehrter Herr Goikoetxea,\n\n"
      "vielen Dank für Ihre Bewerbung als Junior Data Analyst Risk (m/w/d) und Ihr "
      "Interesse\nan der Kreditbank Isartal. Ihre Unterlagen sind vollständig bei uns "
      "eingegangen.\n\n"
      "Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von drei Wochen bei "
      "Ihnen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Kreditbank Isartal\n\n"
      "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese "
      "Nachricht.",
      key="C1", layout="alt", brand="#003b6f", cte="quoted-printable"),
    M("interview_invitation", "de", "Kreditbank Isartal", "kreditbank_teams_interview",
      HUBER, "2026-03-24 16:10 +0100", "Einladung zum Interview – Junior Data Analyst Risk",
      "Sehr geehrter Herr Goikoetxea,\n\n"
      "Ihre Bewerbung hat uns überzeugt. Gerne möchten wir Sie zu einem ersten Gespräch per\n"
      "Microsoft Teams einladen, und zwar am Donnerstag, 2. April 2026, von 10:00 bis "
      "11:00 Uhr.\nDas Gespräch führen Herr Dr. Lechner (Leiter Kreditrisiko) und ich. "
      "Gerne auf Englisch.\n\n"
      "Die Einladung mit dem Link finden Sie im Anhang. Bitte bestätigen Sie den Termin kurz.\n"
      "\nMit freundlichen Grüßen\n\n" + HUBER_SIG + "\n\n" + DISCLAIMER_DE,
      key="C2", subj_enc=("q", "utf-8"), charset="iso-8859-1", cte="quoted-printable",
      ics=dict(KB_ICS, method="REQUEST", seq=0, start="20260402T100000",
               end="20260402T110000", stamp="20260324T151000Z"), ics_mode="both"),
    M("interview_reschedule_or_cancel", "de", "Kreditbank Isartal", "kreditbank_verschoben",
      HUBER, "2026-03-27 09:12 +0100",
      "AW: Einladung zum Interview – Junior Data Analyst Risk",
      "Sehr geehrter Herr Goikoetxea,\n\n"
      "leider muss Dr. Lechner am 2. April kurzfristig zu einer Prüfung der "
      "Bankenaufsicht.\nKönnen wir das Gespräch auf Donnerstag, 9. April, 14:00 Uhr "
      "verschieben? Die\naktualisierte Einladung liegt bei.\n\n"
      "Entschuldigen Sie die Umstände.\n\nViele Grüße\nFranziska Huber",
      key="C3", parent="C2", quote="de", subj_enc=("b", "windows-1252"),
      ics=dict(KB_ICS, method="REQUEST", seq=1, start="20260409T140000",
               end="20260409T150000", stamp="20260327T081200Z")),
    OWN("en", "own_confirms_kreditbank", HUBER, "2026-03-27 10:03 +0100",
        "Re: AW: Einladung zum Interview – Junior Data Analyst Risk",
        "Dear Ms Huber,\n\nThank you for letting me know. Thursday 9 April at 14:00 works "
        "perfectly for me.\nI look forward to speaking with you and Dr Lechner.\n\n"
        "Kind regards,\nAitor Goikoetxea",
        key="C4", parent="C3", quote="en", subj_enc=("q", "utf-8")),
    M("rejection", "de", "Kreditbank Isartal", "kreditbank_absage_nach_interview", HUBER,
      "2026-04-21 11:30 +0200", "Ihre Bewerbung bei der Kreditbank Isartal",
      "Sehr geehrter Herr Goikoetxea,\n\n"
      "nochmals vielen Dank für das angenehme Gespräch am 9. April. Wir haben uns die\n"
      "Entscheidung nicht leicht gemacht, uns am Ende aber für eine Kandidatin entschieden,\n"
      "die bereits Erfahrung im regulatorischen Risikoreporting mitbringt.\n\n"
      "Wir wünschen Ihnen für Ihren Wechsel in die Datenanalyse alles Gute und viel "
      "Erfolg.\n\nMit freundlichen Grüßen\n\n" + HUBER_SIG + "\n\n" + DISCLAIMER_DE,
      parent="C4", quote="outlook_de", cte="quoted-printable"),
]

# --------------------------------------------------------------- D: Ferrybank Analytics (Dublin)
ORLA = ("Orla Kennedy", "orla.kennedy@ferrybank.example.ie")
FB_ICS = {"uid": "gh-ferrybank-88213@greenhouse-mail.io", "organizer": ORLA,
          "location": "Google Meet", "tz": "Europe/Dublin",
          "summary": "Ferrybank Analytics: Aitor Goikoetxea / Hiring manager screen"}
THREAD_D: list[Spec] = [
    M("application_received", "en", "Ferrybank Analytics", "ferrybank_greenhouse_ack",
      ("Ferrybank Analytics", "no-reply@greenhouse-mail.io"), "2026-01-20 17:03 +0000",
      "Thank you for applying to Ferrybank Analytics",
      "Hi Aitor,\n\n"
      "Thank you for your interest in Ferrybank Analytics! We wanted to let you know we "
      "received\nyour application for Graduate Data Analyst, and we are delighted that "
      "you would consider\njoining our team.\n\n"
      "Our team will review your application and will be in touch if your qualifications "
      "match\nour needs for the role.\n\nRegards,\nFerrybank Analytics Talent Team",
      key="D1", layout="alt", brand="#0b7285"),
    M("interview_invitation", "en", "Ferrybank Analytics", "ferrybank_screen_invite",
      ("Orla Kennedy via Greenhouse", "no-reply@greenhouse-mail.io"),
      "2026-01-27 12:30 +0000", "Ferrybank Analytics - interview invitation",
      "Hi Aitor,\n\n"
      "Thanks again for applying. Our hiring manager, Declan, would like to have a 30-minute\n"
      "video chat with you on Friday 30 January at 11:00 (Dublin time, so 12:00 for you in\n"
      "Bilbao). A calendar invite is attached; please accept it or reply with another time.\n\n"
      "Best,\nOrla Kennedy\nTalent Partner | Ferrybank Analytics\n"
      "Grand Canal Quay, Dublin 2",
      key="D2", reply_to=ORLA,
      ics=dict(FB_ICS, method="REQUEST", seq=0, start="20260130T110000",
               end="20260130T113000", stamp="20260127T123000Z")),
    M("interview_reschedule_or_cancel", "en", "Ferrybank Analytics", "ferrybank_cancelled",
      ORLA, "2026-01-29 15:45 +0000", "Cancelled: Hiring manager screen - Friday 30 Jan",
      "Hi Aitor,\n\n"
      "Apologies for the late notice - Declan is out sick, so I've had to cancel tomorrow's "
      "call.\nWe're still very keen to speak with you and I'll come back to you with new "
      "times early\nnext week.\n\nThanks for your patience,\nOrla",
      key="D3", parent="D2", quote="en",
      ics=dict(FB_ICS, method="CANCEL", seq=1, start="20260130T110000",
               end="20260130T113000", stamp="20260129T154500Z")),
    M("interview_invitation", "en", "Ferrybank Analytics", "ferrybank_new_times",
      ("Orla Kennedy via Greenhouse", "no-reply@greenhouse-mail.io"),
      "2026-02-03 09:10 +0000", "Please choose a new interview time - Ferrybank Analytics",
      "Hi Aitor,\n\n"
      "Declan is back. Could you please choose a slot for your hiring manager screen using "
      "the\nlink below? Any of the available times works for us.\n\n"
      "https://app.greenhouse.io/scheduling/candidate/9a7e21\n\nThanks!\nOrla",
      key="D4", reply_to=ORLA, layout="alt", brand="#0b7285"),
    M("rejection", "en", "Ferrybank Analytics", "ferrybank_after_screen", ORLA,
      "2026-02-18 14:05 +0000", "Re: Please choose a new interview time - Ferrybank Analytics",
      "Hi Aitor,\n\n"
      "Thanks so much for your time with Declan last week. It was a close call, but we've\n"
      "decided to move forward with a candidate whose commercial experience more closely\n"
      "matches what the team needs right now.\n\n"
      "Your teaching background really came through, and I'd encourage you to keep an eye "
      "on\nour careers page.\n\nAll the best,\nOrla",
      parent="D4", quote="en", cte="quoted-printable"),
]

# --------------------------------------------------------------- E: Garonne Énergies (Bordeaux)
CAMILLE = ("Camille Dubreuil", "camille.dubreuil@garonne-energies.example.fr")
GE_ICS = {"uid": "ge-2026-analyste-114@garonne-energies.example.fr", "organizer": CAMILLE,
          "location": "Visio Teams", "tz": "Europe/Paris",
          "summary": "Entretien Analyste donnees - A. Goikoetxea"}
THREAD_E: list[Spec] = [
    M("application_received", "fr", "Garonne Énergies", "garonne_smartrecruiters_ack",
      ("Garonne Énergies", "noreply@smartrecruiters.com"), "2026-05-04 09:00 +0000",
      "Votre candidature chez Garonne Énergies",
      "Bonjour Aitor,\n\n"
      "Nous vous remercions pour votre candidature au poste d'Analyste données "
      "énergétiques\n(H/F) à Bordeaux. Elle a bien été transmise à notre équipe "
      "recrutement.\n\n"
      "Si votre profil correspond à nos besoins, nous reviendrons vers vous dans les "
      "meilleurs\ndélais.\n\nL'équipe Talents de Garonne Énergies",
      key="E1", name_enc=("b", "iso-8859-1"), subj_enc=("q", "iso-8859-1"),
      layout="html", brand="#e67700", html_charset="utf-8"),
    M("interview_invitation", "fr", "Garonne Énergies", "garonne_entretien_visio", CAMILLE,
      "2026-05-18 11:02 +0200", "Entretien – Analyste données énergétiques",
      "Bonjour Monsieur Goikoetxea,\n\n"
      "Suite à l'étude de votre candidature, je vous propose un entretien en visio le "
      "mercredi\n27 mai à 10h00, avec Julien Marty, responsable du pôle Prévision. "
      "Comptez 45 minutes.\nVous trouverez l'invitation ci-jointe.\n\n"
      "Merci de me confirmer votre disponibilité.\n\nBien cordialement,\n\n"
      "Camille Dubreuil\nChargée de recrutement\nGaronne Énergies\n"
      "12 quai des Chartrons, 33000 Bordeaux\n05 56 00 41 17",
      key="E2", subj_enc=("q", "utf-8"), charset="windows-1252", cte="quoted-printable",
      ics=dict(GE_ICS, method="REQUEST", seq=0, start="20260527T100000",
               end="20260527T104500", stamp="20260518T090200Z")),
    M("interview_reschedule_or_cancel", "fr", "Garonne Énergies", "garonne_entretien_reporte",
      CAMILLE, "2026-05-20 17:20 +0200", "RE: Entretien – Analyste données énergétiques",
      "Bonjour,\n\n"
      "Julien sera finalement en déplacement le 27. Je me permets donc de reporter notre\n"
      "entretien au mardi 2 juin à 9h30. La nouvelle invitation remplace la précédente.\n\n"
      "Toutes mes excuses pour ce changement.\n\nCamille",
      key="E3", parent="E2", quote="fr", subj_enc=("b", "utf-8"),
      ics=dict(GE_ICS, method="REQUEST", seq=1, start="20260602T093000",
               end="20260602T101500", stamp="20260520T152000Z")),
    M("missed_interview_notice", "fr", "Garonne Énergies", "garonne_absent", CAMILLE,
      "2026-06-02 10:05 +0200", "Entretien de ce matin",
      "Bonjour Monsieur Goikoetxea,\n\n"
      "Nous vous avons attendu ce matin à 9h30 sur Teams, Julien et moi, pendant un quart\n"
      "d'heure. J'ai également essayé de vous joindre au +34 644 218 907, sans succès.\n\n"
      "Pouvez-vous me dire ce qu'il s'est passé ?\n\nCordialement,\nCamille Dubreuil",
      key="E4", parent="E3", charset="iso-8859-1", cte="8bit"),
    OWN("fr", "own_excuses_garonne", CAMILLE, "2026-06-02 10:31 +0200",
        "Re: Entretien de ce matin",
        "Bonjour Madame Dubreuil,\n\n"
        "Je suis vraiment désolé. J'étais connecté à 9h30 mais le lien de l'ancienne "
        "invitation\nne fonctionnait plus et je n'ai pas vu votre appel, j'étais en "
        "classe juste avant.\nJe reste très intéressé par le poste et disponible cette "
        "semaine.\n\nBien cordialement,\nAitor Goikoetxea",
        key="E5", parent="E4", quote="fr"),
    M("rejection", "fr", "Garonne Énergies", "garonne_refus", CAMILLE,
      "2026-06-12 15:40 +0200", "Re: Entretien de ce matin",
      "Bonjour Monsieur Goikoetxea,\n\n"
      "Merci pour votre message. Entre-temps, le processus a beaucoup avancé et nous avons\n"
      "retenu un autre candidat pour ce poste. Nous ne pourrons donc pas donner suite à "
      "votre\ncandidature.\n\nNous vous souhaitons une bonne continuation.\n\nCamille Dubreuil",
      parent="E5", quote="fr", cte="quoted-printable"),
]

# --------------------------------------------------------------- F: Talentia Selección -> client
NEREA = ("Nerea Ibáñez", "nerea.ibanez@talentia-seleccion.example.es")
NEREA_SIG = ("Nerea Ibáñez Zubiaur\nConsultora Senior | Talentia Selección\n"
             "Gran Vía 55, 4º, 48011 Bilbao | 946 55 21 80")
THREAD_F: list[Spec] = [
    M("interview_invitation", "es", "Banco Ibaizabal", "talentia_call_banco_ibaizabal", NEREA,
      "2026-06-08 12:30 +0200", "Proceso Analista de Datos – Banco Ibaizabal",
      "Hola Aitor:\n\n"
      "Soy Nerea, de Talentia Selección. Estamos llevando para Banco Ibaizabal un proceso de\n"
      "Analista de Datos para su área de Riesgos en Bilbao y tu perfil nos ha llamado la\n"
      "atención en InfoEmpleo.\n\n"
      "¿Te vendría bien una llamada de 20 minutos el jueves 11 a las 17:00 para contarte "
      "el\npuesto y conocerte un poco? Si es así, mándame tu CV actualizado.\n\n"
      "Un saludo,\n" + NEREA_SIG,
      key="F1", name_enc=("q", "iso-8859-1"), subj_enc=("q", "windows-1252"),
      charset="iso-8859-15", cte="quoted-printable"),
    OWN("es", "own_cv_to_talentia", NEREA, "2026-06-08 20:14 +0200",
        "Re: Proceso Analista de Datos – Banco Ibaizabal",
        "Hola Nerea:\n\nGracias por pensar en mí. El jueves a las 17:00 me va bien. Te "
        "adjunto mi CV.\n\nUn saludo,\n" + CAND_SIG,
        key="F2", parent="F1", quote="es", subj_enc=("q", "utf-8"),
        pdfs=[("CV_Aitor_Goikoetxea.pdf", ["Aitor Goikoetxea", "Profesor de Fisica y "
               "Quimica", "Master en Ciencia de Datos (UPV/EHU)", "Python, SQL, Power BI"])]),
    M("interview_invitation", "es", "Banco Ibaizabal", "talentia_client_interview", NEREA,
      "2026-06-19 09:45 +0200", "Re: Proceso Analista de Datos – Banco Ibaizabal",
      "Hola Aitor:\n\n"
      "¡Buenas noticias! He presentado tu candidatura y Banco Ibaizabal quiere conocerte. La\n"
      "entrevista sería el jueves 25 de junio a las 11:00 en su sede de Gran Vía 30, con\n"
      "Josu Mendizabal (responsable de Modelos de Riesgo) y una persona de RR. HH.\n\n"
      "Pregunta por él en recepción y lleva el DNI. Llámame después y me cuentas.\n\n"
      "Nerea\n" + NEREA_SIG,
      key="F3", parent="F2", quote="es", name_enc=("b", "utf-8"), subj_enc=("b", "utf-8")),
    M("rejection", "es", "Banco Ibaizabal", "talentia_client_declines", NEREA,
      "2026-07-07 16:22 +0200", "RE: Proceso Analista de Datos – Banco Ibaizabal",
      "Hola Aitor:\n\n"
      "Te escribo con el feedback del banco. Les gustaste mucho en lo personal y valoran tu\n"
      "capacidad de explicar, pero finalmente han decidido seguir adelante con otro "
      "candidato\nque ya viene del sector financiero. Siento no traerte mejores noticias.\n\n"
      "Me guardo tu perfil para futuros procesos de datos, que nos entran bastantes.\n\n"
      "Un abrazo,\nNerea\n\n" + NEREA_SIG,
      parent="F3", quote="outlook_es", name_enc=("q", "iso-8859-1"), subj_enc=("q", "utf-8")),
]

# --------------------------------------------------------------- G: regional agency (Vitoria)
EDAE = "Agencia Vasca de Datos Energéticos"
EDAE_MAIL = ("Procesos de Selección EDAE", "procesos@edae.example.es")
THREAD_G: list[Spec] = [
    M("application_received", "es", EDAE, "edae_registro_solicitud", EDAE_MAIL,
      "2026-01-14 13:02 +0100", "Acuse de recibo – Convocatoria 03/2026 Técnico/a de Datos",
      "Estimado/a solicitante:\n\n"
      "Le confirmamos la recepción de su solicitud para la convocatoria 03/2026 de "
      "Técnico/a\nde Análisis de Datos (Vitoria-Gasteiz), con número de registro "
      "2026/000412.\n\n"
      "Debido al elevado número de solicitudes, no podemos responder individualmente a cada\n"
      "persona. Las listas de personas admitidas y las fechas de las pruebas se publicarán "
      "en\nla sede electrónica de la Agencia.\n\n"
      "Atentamente,\nÁrea de Personas\nAgencia Vasca de Datos Energéticos (EDAE)\n"
      "C/ Portal de Gamarra 9, 01013 Vitoria-Gasteiz",
      key="G1", subj_enc=("q", "windows-1252"), charset="windows-1252", cte="8bit"),
    M("interview_invitation", "es", EDAE, "edae_prueba_practica", EDAE_MAIL,
      "2026-02-20 09:00 +0100", "Convocatoria a la prueba práctica – 03/2026",
      "Estimado Sr. Goikoetxea:\n\n"
      "Ha sido usted admitido en la convocatoria 03/2026. Por la presente se le cita a la\n"
      "prueba práctica, que tendrá lugar el martes 10 de marzo de 2026 a las 9:00 en la "
      "sala\nGasteiz de nuestra sede (Portal de Gamarra 9). La prueba consiste en un caso "
      "de análisis\nde datos de consumo energético con Python o R y tiene una duración de "
      "tres horas.\n\n"
      "Deberá presentar su DNI. Tras la prueba se realizará una breve entrevista "
      "personal.\n\nÁrea de Personas – EDAE",
      key="G2", layout="html", brand="#2b8a3e", subj_enc=("b", "windows-1252"),
      html_charset="windows-1252"),
    M("interview_reschedule_or_cancel", "es", EDAE, "edae_aplazamiento", EDAE_MAIL,
      "2026-03-04 14:30 +0100", "Aplazamiento de la prueba práctica – 03/2026",
      "Estimado Sr. Goikoetxea:\n\n"
      "Por motivos organizativos, la prueba práctica prevista para el 10 de marzo se "
      "aplaza al\nmartes 24 de marzo de 2026, a la misma hora y en el mismo lugar. Se "
      "mantienen el resto\nde condiciones de la citación.\n\n"
      "Disculpe las molestias.\n\nÁrea de Personas – EDAE",
      key="G3", parent="G2", subj_enc=("q", "windows-1252"), charset="windows-1252",
      cte="quoted-printable"),
    M("rejection", "es", EDAE, "edae_proceso_suspendido", EDAE_MAIL,
      "2026-04-28 12:15 +0200", "Suspensión de la convocatoria 03/2026",
      "Estimado Sr. Goikoetxea:\n\n"
      "Le comunicamos que, por resolución de la Dirección de 27 de abril, la convocatoria "
      "03/2026\nqueda suspendida por la reestructuración presupuestaria del ejercicio. "
      "Por tanto, el\nproceso no continuará y no se realizarán más fases ni se "
      "constituirá bolsa de trabajo.\n\n"
      "Agradecemos su participación y el esfuerzo dedicado a la prueba práctica.\n\n"
      "Atentamente,\nÁrea de Personas – EDAE",
      parent="G3", layout="alt", brand="#2b8a3e"),
]

# --------------------------------------------------------------- H: Isarwerke Energie (Munich)
JONAS = ("Jonas Brenninger", "jonas.brenninger@isarwerke.example.de")
THREAD_H: list[Spec] = [
    M("application_received", "de", "Isarwerke Energie", "isarwerke_personio_ack",
      ("Isarwerke Energie Recruiting", "no-reply@personio.de"), "2026-02-10 10:22 +0100",
      "Eingangsbestätigung Ihrer Bewerbung",
      "Hallo Aitor Goikoetxea,\n\n"
      "danke für Ihre Bewerbung als Data Analyst Netzbetrieb (m/w/d). Wir haben Ihre "
      "Unterlagen\nerhalten und melden uns, sobald wir sie gesichtet haben.\n\n"
      "Beste Grüße\nIhr People-Team der Isarwerke Energie",
      key="H1", layout="alt", brand="#c92a2a", cte="base64", html_cte="base64"),
    M("interview_invitation", "de", "Isarwerke Energie", "isarwerke_videointerview", JONAS,
      "2026-02-24 15:40 +0100", "Videointerview am 3. März",
      "Hallo Herr Goikoetxea,\n\n"
      "wir würden Sie gerne näher kennenlernen und laden Sie zu einem Videointerview am\n"
      "Dienstag, 3. März, um 9:30 Uhr ein (ca. 45 Minuten, auf Englisch oder Deutsch, wie "
      "Sie\nmögen). Den Link schicke ich Ihnen am Vortag.\n\n"
      "Passt Ihnen der Termin?\n\nViele Grüße\nJonas Brenninger\nPeople & Culture\n"
      "Isarwerke Energie GmbH | Ludwigsfelder Str. 8 | 80997 München",
      key="H2", layout="alt", brand="#c92a2a"),
    M("missed_interview_notice", "de", "Isarwerke Energie", "isarwerke_nicht_erschienen",
      JONAS, "2026-03-03 10:02 +0100", "Unser Termin heute um 9:30 Uhr",
      "Hallo Herr Goikoetxea,\n\n"
      "wir haben heute um 9:30 Uhr im Videocall auf Sie gewartet, leider ohne Erfolg. "
      "Auch\ntelefonisch konnte ich Sie nicht erreichen.\n\n"
      "Falls etwas dazwischengekommen ist, melden Sie sich bitte kurz bei mir.\n\n"
      "Viele Grüße\nJonas Brenninger",
      key="H3", parent="H2", quote="de"),
    M("rejection", "de", "Isarwerke Energie", "isarwerke_absage", JONAS,
      "2026-03-12 08:50 +0100", "Ihre Bewerbung als Data Analyst Netzbetrieb",
      "Hallo Herr Goikoetxea,\n\n"
      "danke für Ihre Rückmeldung und die Erklärung. Inzwischen haben wir die Stelle "
      "jedoch\nbesetzt und können Ihre Bewerbung daher nicht weiter berücksichtigen.\n\n"
      "Wir wünschen Ihnen alles Gute für Ihre weitere Suche.\n\nViele Grüße\n"
      "Jonas Brenninger", subj_enc=("q", "utf-8")),
]

# --------------------------------------------------------------- I: Deportivo Ibaiondo (Bilbao)
UNAI = ("Unai Berasategi", "unai.berasategi@ibaiondo.example.es")
THREAD_I: list[Spec] = [
    M("interview_invitation", "es", "Deportivo Ibaiondo", "ibaiondo_teamtailor_invite",
      ("Unai Berasategi en Deportivo Ibaiondo", "notifications@teamtailor-mail.com"),
      "2026-07-13 11:00 +0200", "Entrevista: Analista de Rendimiento y Datos",
      "¡Hola Aitor!\n\n"
      "Gracias por tu interés en unirte al área de Rendimiento del club. Nos gustaría "
      "hacerte\nuna entrevista en Lezama Berri el martes 21 de julio a las 10:30. Podrás "
      "conocer al\ncuerpo técnico y ver cómo trabajamos con los datos de GPS de los "
      "entrenamientos.\n\nConfírmanos tu asistencia respondiendo a este correo.\n\n"
      "Unai Berasategi\nÁrea de Rendimiento - Deportivo Ibaiondo",
      key="I1", reply_to=UNAI, layout="html", brand="#d9480f"),
    M("interview_reschedule_or_cancel", "es", "Deportivo Ibaiondo", "ibaiondo_cancelada",
      UNAI, "2026-07-20 18:30 +0200", "Cancelada: entrevista martes 21 de julio",
      "Hola Aitor:\n\n"
      "Te escribo para cancelar la entrevista de mañana: el primer equipo juega un amistoso\n"
      "de pretemporada en Francia y el cuerpo técnico viaja esta noche. Seguimos contando "
      "contigo;\nen cuanto volvamos te propongo nueva fecha.\n\nPerdona las prisas.\nUnai",
      key="I2", parent="I1", quote="es",
      ics={"method": "CANCEL", "uid": "ibaiondo-rend-2026-07@ibaiondo.example.es", "seq": 2,
           "start": "20260721T103000", "end": "20260721T113000",
           "summary": "Entrevista Analista de Rendimiento - Aitor G.", "organizer": UNAI,
           "location": "Lezama Berri", "stamp": "20260720T163000Z"}),
    M("rejection", "es", "Deportivo Ibaiondo", "ibaiondo_cubierta_internamente", UNAI,
      "2026-08-05 13:10 +0200", "Puesto de Analista de Rendimiento",
      "Hola Aitor:\n\n"
      "Al final el club ha decidido cubrir la plaza con una persona de la cantera de "
      "analistas\nque ya trabajaba con el filial, así que no vamos a retomar tu "
      "entrevista. Lo siento\nmucho, y más después de la cancelación.\n\n"
      "Gracias por tu paciencia y mucha suerte.\nUnai Berasategi"),
]

MESSAGES: list[Spec] = [*THREAD_A, *THREAD_B, *THREAD_C, *THREAD_D, *THREAD_E, *THREAD_F,
                        *THREAD_G, *THREAD_H, *THREAD_I]
assert all(spec["frm"] != CAND or spec["kind"] == "other" for spec in MESSAGES)
