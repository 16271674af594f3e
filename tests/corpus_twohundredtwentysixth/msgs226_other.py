"""Corpus 226: everything that is `other` — the candidate's own mail, digests, notifications,
advice, auto-replies, friends, family, bank, landlord, school, doctor, courses.

Hand-written, one spec per message.
"""

from __future__ import annotations

from msgs226_acks import (
    ALVARO,
    APPLY_SANTAFAZ,
    CONTRACT_MEDCODIA,
    LEIRE,
    OFFER_MEDCODIA_VERBAL,
    OFFER_TAGUS,
    THANKS_OFS,
)
from msgs226_common import (
    CAND,
    CAND_ADDR,
    CAND_NAME,
    forwarded,
    newsletter,
    quote,
    wrote,
)
from msgs226_invites import (
    AMPARO,
    CLAIRE,
    INV_IBERSALUD,
    JOANA,
    KESSLER,
    MARCOS,
    MISSED_TAGUS,
    RACHEL,
    REQ_IBERSALUD,
    SABINE,
    SANDRINE,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> dict:
    MESSAGES.append(spec)
    return spec


JAUME = ("Jaume Ferrer", "jaume.ferrer@vlcmail.example.es")

# =============================================================================================
# the candidate's own mail (always `other`, contact empty)
# =============================================================================================

THANKS_MALVARROSA = """\
Buenas tardes, Amparo:

Quería darles las gracias, a usted y al resto del panel, por la entrevista de hoy. Me gustó mucho conocer cómo trabaja el servicio de Admisión y Documentación Clínica y, sobre todo, el proyecto de revisión de la codificación de altas que comentó el Dr. Sanchis.

Como les dije, en la clínica dental de Monterrey gestionaba cada mes la facturación a cinco aseguradoras y estoy terminando el curso de CIE-10-ES, así que estaría encantada de seguir aprendiendo en su equipo.

Quedo a su disposición para cualquier información adicional.

Un cordial saludo,
Renata Vogelsang-Ibáñez
Tel. +34 612 48 90 37
"""

add(kind="other", slug="own_thanks_malvarrosa", lang="es", company="", contact="",
    key="t1_thanks", parent="t1_move", date="2026-03-20 17:38", tz="eu",
    frm=CAND, to=[AMPARO], name_cs="utf-8/Q",
    subject="Gracias por la entrevista de hoy",
    text=THANKS_MALVARROSA, layout="plain", charset="utf-8", cte="qp",
    headers=[("User-Agent", "Mozilla Thunderbird 140.2")])

SORRY_TAGUS = """\
Dear Joana,

I am so sorry about this morning. My phone showed the interview at 11:00, which was of course Valencia time, but I had written it in my diary as 11:00 Lisbon time. By the time I saw your email it was too late - entirely my fault for not double-checking.

I am still very interested in the role. I can make myself available any day this week or next, at whatever time suits you and Miguel.

Thank you for your understanding, and my apologies to Miguel as well.

Kind regards,
Renata

""" + quote(MISSED_TAGUS, wrote("en", "Tue, 24 Mar 2026 at 10:21", JOANA[0], JOANA[1]))

add(kind="other", slug="own_apology_after_missed", lang="en", company="", contact="",
    key="t2_sorry", parent="t2_miss", date="2026-03-24 11:48", tz="eu",
    frm=CAND, to=[JOANA], name_cs="utf-8/B",
    subject="Re: We missed you this morning",
    text=SORRY_TAGUS, layout="plain", charset="utf-8", cte="qp")

add(kind="other", slug="own_application_santafaz_cv", lang="es", company="", contact="",
    key="sf_apply", date="2026-01-20 18:42", tz="eu",
    frm=CAND, to=[("Policlínica Santa Faz", "recepcion@santafaz.example.es")],
    name_cs="iso-8859-1/Q",
    subject="Candidatura: Recepcionista / administrativa de facturación",
    text=APPLY_SANTAFAZ, layout="plain", charset="utf-8", cte="qp",
    attach=[{"type": "pdf", "filename": "CV_Renata_Vogelsang-Ibanez.pdf",
             "title": "Curriculum vitae - Renata Vogelsang-Ibáñez",
             "lines": ["RENATA VOGELSANG-IBÁÑEZ",
                       "Valencia - +34 612 48 90 37 - renata.vi@example.mx",
                       "EXPERIENCIA",
                       "2019-2025  Recepcionista y facturación, clínica dental, Monterrey (MX)",
                       "           Agenda, atención a pacientes, facturación a 5 aseguradoras",
                       "FORMACIÓN",
                       "2025-2026  Curso de codificación clínica CIE-10-ES (300 h), Valencia",
                       "IDIOMAS: español (nativo), alemán (C1), inglés (C1), francés (B2)"]}])

add(kind="other", slug="own_thanks_ofsante_fr", lang="fr", company="", contact="",
    key="t10_thanks", parent="t10_move", date="2026-06-10 19:05", tz="eu",
    frm=CAND, to=[SANDRINE],
    subject="Merci pour notre entretien",
    text=THANKS_OFS, layout="plain", charset="iso-8859-1", cte="qp")

add(kind="other", slug="own_reschedule_request_ibersalud", lang="es", company="", contact="",
    key="ib_req", parent="ib_inv", date="2026-06-09 08:52", tz="eu",
    frm=CAND, to=[MARCOS], name_cs="iso-8859-1/B",
    subject="Re: Invitación a entrevista por videollamada – Técnico/a de Reembolsos",
    subj_cs="utf-8/Q",
    text=REQ_IBERSALUD + "\n" + quote(
        INV_IBERSALUD, wrote("es", "lun, 8 jun 2026 a las 9:30", "Ibersalud Seguros",
                             "no-reply@taleo.net")),
    layout="plain", charset="utf-8", cte="qp")

APPLY_BORNHEIM = """\
Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Anzeige für eine Abrechnungskraft (m/w/d) für Ihre Zahnarztpraxen in Frankfurt-Bornheim gelesen.

Ich habe sechs Jahre als Rezeptionistin in einer Zahnklinik in Monterrey (Mexiko) gearbeitet und dort auch die Abrechnung mit privaten Versicherungen übernommen. Deutsch spreche ich seit meiner Kindheit – mein Vater stammt aus Darmstadt –, und derzeit bilde ich mich in Valencia im Bereich medizinische Kodierung weiter. Ein Umzug nach Frankfurt ist für mich ab Herbst möglich.

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Vorstellungsgespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Renata Vogelsang-Ibáñez
"""

add(kind="other", slug="own_bewerbung_bornheim", lang="de", company="", contact="",
    key="pb_apply", date="2026-06-04 21:14", tz="eu",
    frm=CAND, to=[("Praxisverbund Bornheim", "bewerbung@praxisverbund-bornheim.example.de")],
    subject="Bewerbung als Abrechnungskraft – Renata Vogelsang-Ibáñez", subj_cs="utf-8/B",
    text=APPLY_BORNHEIM, layout="plain", charset="utf-8", cte="qp",
    attach=[{"type": "pdf", "filename": "Lebenslauf_Vogelsang-Ibanez.pdf",
             "title": "Lebenslauf - Renata Vogelsang-Ibáñez",
             "lines": ["LEBENSLAUF - Renata Vogelsang-Ibáñez",
                       "Valencia, Spanien - +34 612 48 90 37",
                       "2019-2025  Rezeption und Abrechnung, Zahnklinik, Monterrey (Mexiko)",
                       "2025-2026  Weiterbildung klinische Kodierung (ICD-10), Valencia",
                       "Sprachen: Spanisch (Muttersprache), Deutsch (C1), Englisch (C1)"]}])

add(kind="other", slug="own_contract_signed_back", lang="es", company="", contact="",
    key="t5_accept", parent="t5_contract", date="2026-09-28 20:31", tz="eu",
    frm=CAND, to=[LEIRE], cc=[ALVARO],
    subject="Re: Contrato para firma – Codificadora Clínica", subj_cs="utf-8/Q",
    text="""\
Hola Leire:

Te devuelvo firmados el contrato y el anexo de teletrabajo. El número de la Seguridad Social y el IBAN te los mando en un mensaje aparte, para no mezclarlos con los adjuntos.

Te confirmo la dirección para el portátil: Calle de Sueca 48, 3.ª, 46006 Valencia.

¡Con muchas ganas de empezar el jueves!

Un saludo,
Renata

""" + quote(CONTRACT_MEDCODIA, wrote("es", "mar, 15 sept 2026 a las 11:27", LEIRE[0], LEIRE[1])),
    layout="plain", charset="utf-8", cte="qp",
    attach=[{"type": "pdf", "filename": "Contrato_firmado_RVI.pdf",
             "title": "Contrato firmado - Renata Vogelsang-Ibáñez",
             "lines": ["CONTRATO DE TRABAJO POR TIEMPO INDEFINIDO - copia firmada",
                       "Trabajadora: Renata Vogelsang-Ibáñez",
                       "Firmado en Valencia, a 28 de septiembre de 2026"]}])

THANKS_BLUEHARBOR = """\
Dear Rachel,

Thank you for organising yesterday's panel interview and for the warm welcome at the Lisbon office. Please pass on my thanks to Hugo and Ana as well.

I especially enjoyed the coding exercise; it confirmed how much I want to work hands-on with claims. I also appreciated hearing how the team is planning to expand its Spanish-language work next year.

I look forward to hearing from you.

Best regards,
Renata Vogelsang-Ibáñez
"""

add(kind="other", slug="own_thanks_blueharbor", lang="en", company="", contact="",
    key="bh_thanks", parent="bh_move", date="2026-07-23 08:47", tz="pt",
    frm=CAND, to=[RACHEL],
    subject="Thank you - panel interview 22 July",
    text=THANKS_BLUEHARBOR, layout="plain", charset="utf-8", cte="7bit")

DECLINE_TAGUS = """\
Dear Joana,

Thank you very much for the offer, and for the time you and Miguel spent with me, including your patience after my mix-up with the first interview.

After a lot of thought, I have decided not to accept. My husband's job in Valencia has just been made permanent, and we have concluded that moving to Lisbon this summer is not the right step for our family.

This was a difficult decision, because I really liked the team. I hope our paths cross again.

With best wishes,
Renata

""" + quote(OFFER_TAGUS, wrote("en", "Mon, 20 Apr 2026 at 17:05", JOANA[0], JOANA[1]))

add(kind="other", slug="own_declines_tagus_offer", lang="en", company="", contact="",
    key="t2_decline", parent="t2_offer", date="2026-04-27 09:12", tz="eu",
    frm=CAND, to=[JOANA],
    subject="Re: Offer of employment – Revenue Cycle Associate", subj_cs="utf-8/Q",
    text=DECLINE_TAGUS, layout="alt", look="simple", charset="utf-8", cte="qp")

add(kind="other", slug="own_forward_offer_to_husband", lang="es", company="", contact="",
    date="2026-09-10 13:20", tz="eu",
    frm=CAND, to=[JAUME],
    subject="Fwd: Lo que hablamos esta mañana",
    text="""\
Mira lo que me ha mandado el de Medcodia. ¡Ya está por escrito! Remoto desde casa y 24.500. Lo hablamos esta noche, pero creo que voy a decir que sí 😊

""" + forwarded("es", "Álvaro Quintanilla <alvaro@medcodia.example.es>",
                "jue, 10 sept 2026 a las 13:02", "Lo que hablamos esta mañana",
                f"{CAND_NAME} <{CAND_ADDR}>", OFFER_MEDCODIA_VERBAL),
    layout="plain", charset="utf-8", cte="b64")


# =============================================================================================
# digests, newsletters, notifications (mailing-list headers)
# =============================================================================================

_text, _html = newsletter(
    "Tus alertas de EmpleoSalud",
    "Hola Renata, estas son las ofertas publicadas en las últimas 24 horas que coinciden con tu alerta «codificación clínica – Valencia».",
    [("Técnico/a en Documentación Sanitaria – hospital privado, Valencia",
      "Contrato indefinido. Entrevistas a partir del 26 de enero. Se valora CIE-10-ES.",
      "https://empleosalud.example.es/oferta/88121"),
     ("Administrativo/a de facturación a aseguradoras – clínica oftalmológica, Paterna",
      "Jornada completa. Incorporación inmediata tras una única entrevista.",
      "https://empleosalud.example.es/oferta/88140"),
     ("Codificador/a clínico/a en remoto – empresa de servicios sanitarios",
      "100 % teletrabajo desde la Comunitat Valenciana. Salario según convenio.",
      "https://empleosalud.example.es/oferta/88152"),
     ("Recepcionista-administrativa – clínica dental, Russafa",
      "Experiencia con mutuas dentales. Oferta de la semana: 19.000 € brutos.",
      "https://empleosalud.example.es/oferta/88167"),
     ("Auxiliar administrativo/a de admisión – hospital, Sagunto",
      "Sustitución de verano con opción de continuidad.",
      "https://empleosalud.example.es/oferta/88170")],
    "Recibes este correo porque creaste una alerta en EmpleoSalud. Puedes darte de baja o cambiar la frecuencia en https://empleosalud.example.es/alertas/baja?u=7781\nEmpleoSalud · Calle de Xàtiva 4, 46002 Valencia")

add(kind="other", slug="empleosalud_alert_digest", lang="es", company="", contact="",
    date="2026-01-19 07:00", tz="eu",
    frm=("EmpleoSalud Alertas", "alertas@empleosalud.example.es"),
    subject="5 nuevas ofertas de codificación clínica en Valencia",
    text=_text, html=_html, layout="alt", charset="utf-8", cte="qp",
    headers=[("List-Id", "Alertas EmpleoSalud <alertas.empleosalud.example.es>"),
             ("List-Unsubscribe", "<https://empleosalud.example.es/alertas/baja?u=7781>, "
              "<mailto:baja@empleosalud.example.es?subject=baja-7781>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")])

_text, _html = newsletter(
    "Jobs for you in Lisbon",
    "Renata, employers are interviewing now - here are 7 new medical billing jobs that match your saved search.",
    [("Patient Accounts Representative (Spanish) – private hospital group",
      "Lisbon · Hybrid · Apply in 2 minutes with your JobRadar profile.",
      "https://jobradar.example.com/j/lx-55120"),
     ("Claims Denial Specialist – healthcare BPO",
      "Lisbon · On-site · Experience with insurer rejections and appeals required.",
      "https://jobradar.example.com/j/lx-55187"),
     ("Medical Coder (ICD-10-CM) – revenue cycle start-up",
      "Remote within Portugal · Interview process: two rounds.",
      "https://jobradar.example.com/j/lx-55203"),
     ("Front Desk & Billing Coordinator – dental clinic chain",
      "Cascais · Full time · English and Spanish.",
      "https://jobradar.example.com/j/lx-55219"),
     ("Career tip: got a rejection? How to ask for feedback that helps",
      "Three short email templates from our editors.",
      "https://jobradar.example.com/blog/ask-for-feedback")],
    "You are receiving this because you saved the search 'medical billing, Lisbon'.\nUnsubscribe: https://jobradar.example.com/unsubscribe/9921 · JobRadar, 1 Example Quay, Dublin")

add(kind="other", slug="jobradar_lisbon_digest", lang="en", company="", contact="",
    date="2026-03-09 06:30", tz="utc",
    frm=("JobRadar", "alerts@jobradar.example.com"),
    subject="Renata, 7 new medical billing jobs in Lisbon",
    text=_text, html=_html, layout="alt", charset="utf-8", cte="b64",
    headers=[("List-Id", "JobRadar job alerts <jobalerts.jobradar.example.com>"),
             ("List-Unsubscribe", "<https://jobradar.example.com/unsubscribe/9921>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")])

_text, _html = newsletter(
    "Ihr Jobletter: Medizinische Kodierung, Frankfurt am Main",
    "Guten Tag Frau Vogelsang-Ibáñez, seit Ihrem letzten Jobletter sind 4 neue Stellen erschienen.",
    [("Medizinische Kodierfachkraft (m/w/d) – Klinikverbund, Frankfurt-Höchst",
      "Vollzeit, unbefristet. Bewerbungsgespräche ab KW 10.",
      "https://stellenblick.example.de/job/445120"),
     ("Sachbearbeiter*in Privatliquidation – Universitätsmedizin",
      "Teilzeit möglich, Tarif TV-L.",
      "https://stellenblick.example.de/job/445133"),
     ("Kaufmännische Mitarbeiterin Abrechnung – Zahnarztpraxis, Bornheim",
      "Erfahrung mit Abrechnung nach GOZ erwünscht.",
      "https://stellenblick.example.de/job/445151"),
     ("Ratgeber: So überzeugen Sie im Vorstellungsgespräch",
      "Zehn Fragen, die Personaler im Gesundheitswesen gern stellen – und gute Antworten.",
      "https://stellenblick.example.de/ratgeber/vorstellungsgespraech")],
    "Sie erhalten diesen Jobletter, weil Sie ihn auf stellenblick.example.de abonniert haben.\nAbbestellen: https://stellenblick.example.de/jobletter/abmelden?id=30117")

add(kind="other", slug="stellenblick_jobletter", lang="de", company="", contact="",
    date="2026-02-16 06:15", tz="eu",
    frm=("Stellenblick Jobletter", "jobletter@stellenblick.example.de"),
    subject="Neue Jobs für Sie: Medizinische Kodierung in Frankfurt am Main",
    subj_cs="iso-8859-1/Q",
    text=_text, html=_html, layout="alt", charset="utf-8", cte="qp",
    headers=[("List-Id", "Stellenblick Jobletter <jobletter.stellenblick.example.de>"),
             ("List-Unsubscribe", "<https://stellenblick.example.de/jobletter/abmelden?id=30117>"),
             ("Precedence", "bulk")])

_text, _html = newsletter(
    "EmploiSanté Hebdo – semaine 16",
    "Bonjour Renata, voici les offres de la semaine en Occitanie et notre dossier conseil.",
    [("Technicien·ne d’information médicale (DIM) – Montpellier",
      "CDI, centre hospitalier. Entretiens prévus début mai.",
      "https://emploisante.example.fr/offre/31877"),
     ("Gestionnaire facturation – clinique privée, Castelnau-le-Lez",
      "CDD 6 mois, possibilité de CDI.",
      "https://emploisante.example.fr/offre/31902"),
     ("Assistant·e codage PMSI – groupe de cliniques, Nîmes",
      "Temps plein, télétravail partiel.",
      "https://emploisante.example.fr/offre/31915"),
     ("Dossier : refus après entretien, cinq réflexes pour rebondir",
      "« Nous avons le regret de vous informer… » : comment transformer un refus en piste pour la suite.",
      "https://emploisante.example.fr/conseils/rebondir-apres-un-refus")],
    "Vous recevez cette lettre car vous êtes inscrite sur EmploiSanté.\nSe désabonner : https://emploisante.example.fr/desabonnement?c=5520")

add(kind="other", slug="emploisante_hebdo_refus", lang="fr", company="", contact="",
    date="2026-04-13 07:30", tz="eu",
    frm=("EmploiSanté Hebdo", "lettre@emploisante.example.fr"), name_cs="windows-1252/Q",
    subject="Vos offres de la semaine + comment rebondir après un refus",
    subj_cs="windows-1252/Q",
    text=_text, html=_html, layout="alt", charset="windows-1252", cte="qp",
    headers=[("List-Id", "EmploiSante Hebdo <hebdo.emploisante.example.fr>"),
             ("List-Unsubscribe", "<https://emploisante.example.fr/desabonnement?c=5520>"),
             ("Precedence", "list")])

add(kind="other", slug="codiclinica_bulletin_exam", lang="es", company="", contact="",
    date="2026-05-04 08:00", tz="eu",
    frm=("Boletín CodiClínica", "boletin@codiclinica.example.es"),
    subject="Boletín n.º 42: cómo preparar la prueba técnica de CIE-10-ES",
    subj_cs="iso-8859-1/Q",
    text="""\
BOLETÍN CODICLÍNICA · N.º 42 · MAYO 2026

1. Cómo preparar la prueba técnica de CIE-10-ES
Cada vez más hospitales incluyen una prueba práctica antes de la entrevista. Repasamos los errores más frecuentes: secuenciar mal el diagnóstico principal, olvidar los códigos de causa externa y confundir complicaciones con comorbilidades.
Leer más: https://codiclinica.example.es/boletin/42/prueba-tecnica

2. Convocatorias abiertas de bolsas de trabajo
Murcia, Alicante y Castellón han abierto bolsas de personal administrativo con perfil de codificación. Plazos y requisitos en nuestra tabla actualizada.
https://codiclinica.example.es/bolsas

3. Entrevista del mes
Hablamos con una codificadora que pasó de auxiliar de enfermería a jefa de equipo en cinco años.
https://codiclinica.example.es/boletin/42/entrevista

4. Novedades normativas
Cambios en la edición 2026 de la CIE-10-ES para procedimientos obstétricos.
https://codiclinica.example.es/normativa/2026

--
Recibes este boletín porque te suscribiste en codiclinica.example.es.
Darse de baja: https://codiclinica.example.es/baja?e=renata.vi%40example.mx
""",
    layout="plain", charset="utf-8", cte="qp",
    headers=[("List-Id", "Boletin CodiClinica <boletin.codiclinica.example.es>"),
             ("List-Unsubscribe", "<https://codiclinica.example.es/baja?e=renata.vi%40example.mx>"),
             ("Precedence", "bulk")])

add(kind="other", slug="pronetwork_search_appearances", lang="en", company="", contact="",
    date="2026-02-23 05:10", tz="utc",
    frm=("ProNetwork", "notifications@pronetwork.example.com"),
    subject="Renata, you appeared in 14 searches this week",
    text="""\
Renata, you appeared in 14 searches this week

Your profile is getting noticed.
- 14 search appearances (up 40% on last week)
- A recruiter from a hospital group in Madrid viewed your profile
- People searching for you also looked for: medical coding, revenue cycle, patient billing

Interview prep: practise with our mock-interview assistant and get feedback on your answers.
https://pronetwork.example.com/interview-prep

3 new jobs match your preferences - see them on ProNetwork.
https://pronetwork.example.com/jobs/recommended

You're receiving weekly profile updates. Unsubscribe: https://pronetwork.example.com/settings/email?t=weekly
""",
    layout="alt", look="ats", brand="ProNetwork", accent="#0a66c2",
    charset="utf-8", cte="qp",
    headers=[("List-Unsubscribe", "<https://pronetwork.example.com/settings/email?t=weekly>"),
             ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])

add(kind="other", slug="pronetwork_connect_invitation", lang="es", company="", contact="",
    date="2026-06-17 16:40", tz="utc",
    frm=("ProNetwork", "invitaciones@pronetwork.example.com"),
    subject="Karla Treviño te ha enviado una invitación para conectar", subj_cs="utf-8/B",
    text="""\
Karla Treviño te ha enviado una invitación para conectar

Karla Treviño
Reclutadora Sr. en Nexo Global Services · Madrid

«Hola Renata, me dio gusto platicar contigo en febrero. Te agrego para tenerte en el radar para la cuenta de Colombia. ¡Saludos!»

Aceptar: https://pronetwork.example.com/invitaciones/aceptar/88271
Ver perfil: https://pronetwork.example.com/in/karla-trevino-reclutamiento

Recibes invitaciones porque tienes un perfil en ProNetwork. Gestionar notificaciones: https://pronetwork.example.com/settings/email
""",
    layout="alt", look="simple", charset="utf-8", cte="qp",
    headers=[("List-Unsubscribe", "<https://pronetwork.example.com/settings/email>"),
             ("Auto-Submitted", "auto-generated")])

_ARTICLE_RECHAZO = """\
Por qué te rechazan después de la entrevista (y qué hacer)

Hola, Renata:

Esta semana respondemos a la pregunta que más nos llega: «Me fue bien en la entrevista, pero luego recibí el típico "hemos decidido seguir adelante con otros candidatos". ¿Qué hice mal?».

La respuesta corta: muchas veces, nada. Estas son las cinco razones más comunes:

1. Había un candidato interno y el proceso externo era casi un trámite.
2. El puesto se congeló por presupuesto después de entrevistar.
3. Otra persona tenía justo la herramienta que usan (un programa de gestión, un sistema de codificación).
4. Te faltó concretar ejemplos con cifras.
5. El salario que pediste quedaba fuera de la banda.

Qué hacer: responde con amabilidad, pide feedback concreto en una sola pregunta y apunta lo que aprendas. Y no dejes de enviar candidaturas mientras esperas respuesta.

Lee el artículo completo: https://cambiodecarrera.example.es/rechazo-tras-entrevista

Hasta la semana que viene,
El equipo de Cambio de Carrera Hoy

Darse de baja: https://cambiodecarrera.example.es/baja
"""

add(kind="other", slug="advice_why_rejected_after_interview", lang="es", company="",
    contact="", date="2026-07-06 06:45", tz="eu",
    frm=("Cambio de Carrera Hoy", "hola@cambiodecarrera.example.es"),
    subject="Por qué te rechazan después de la entrevista (y qué hacer)",
    text=_ARTICLE_RECHAZO, layout="alt", look="simple", charset="utf-8", cte="b64",
    headers=[("List-Id", "Cambio de Carrera Hoy <semanal.cambiodecarrera.example.es>"),
             ("List-Unsubscribe", "<https://cambiodecarrera.example.es/baja>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])

add(kind="other", slug="advice_explain_career_change", lang="en", company="", contact="",
    date="2026-08-24 07:00", tz="utc",
    frm=("The Career Pivot Letter", "letter@careerpivot.example.com"),
    subject="How to explain a career change in an interview",
    text="""\
THE CAREER PIVOT LETTER - issue 118

How to explain a career change in an interview

"So why are you leaving your current field?" It is the question career changers dread, and it usually comes in the first ten minutes.

A simple structure that works:
1. Bridge: name the skill you already used that the new job needs ("I handled insurance claims every day at the front desk").
2. Proof: one concrete result ("I cut unpaid claims by a third in a year").
3. Direction: why this job is the next step, not an escape.

What not to do: apologise for your past, or talk about the rejections you have had so far. Recruiters remember the story you tell, not the gaps.

This week's reader question: "Should I mention I was turned down for a similar role last month?" Short answer: no, unless they ask.

Read online: https://careerpivot.example.com/118
Forward to a friend: https://careerpivot.example.com/share/118

You're getting this because you subscribed at careerpivot.example.com.
Unsubscribe: https://careerpivot.example.com/unsubscribe?s=44120
""",
    layout="plain", charset="utf-8", cte="qp",
    headers=[("List-Id", "The Career Pivot Letter <letter.careerpivot.example.com>"),
             ("List-Unsubscribe", "<https://careerpivot.example.com/unsubscribe?s=44120>"),
             ("Precedence", "bulk")])

add(kind="other", slug="advice_absagen_deuten", lang="de", company="", contact="",
    date="2026-09-21 06:00", tz="eu",
    frm=("Karriere-Kompass Gesundheitswesen", "redaktion@karrierekompass.example.de"),
    subject="Absagen richtig deuten: Was „leider“ wirklich bedeutet", subj_cs="windows-1252/Q",
    text="""\
Karriere-Kompass Gesundheitswesen – Ausgabe September 2026

Absagen richtig deuten: Was „leider“ wirklich bedeutet

Liebe Leserin, lieber Leser,

„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz wird in Bewerbungsprozessen so oft geschrieben. Doch nicht jede Absage ist gleich: Eine Standardabsage aus dem Bewerbermanagementsystem sagt wenig über Ihr Profil, eine persönliche Absage nach dem Vorstellungsgespräch dagegen oft sehr viel.

In dieser Ausgabe:
• Standardformulierungen und was dahintersteckt
• Wann sich eine Nachfrage nach Feedback lohnt
• Warum „Wir behalten Ihre Unterlagen gern in Evidenz“ manchmal ernst gemeint ist

Zum Artikel: https://karrierekompass.example.de/absagen-deuten

Herzliche Grüße
Ihre Redaktion

Newsletter abbestellen: https://karrierekompass.example.de/newsletter/abmelden
""",
    layout="alt", look="simple", charset="windows-1252", cte="qp",
    headers=[("List-Id", "Karriere-Kompass <newsletter.karrierekompass.example.de>"),
             ("List-Unsubscribe", "<https://karrierekompass.example.de/newsletter/abmelden>"),
             ("Precedence", "bulk")])

_text, _html = newsletter(
    "Nuevas ofertas en Murcia",
    "Renata, estas ofertas encajan con tu búsqueda «facturación sanitaria · Murcia». Hay empresas entrevistando esta misma semana.",
    [("Administrativo/a de facturación – hospital privado, Murcia",
      "Jornada completa. Inscríbete antes del viernes.",
      "https://jobradar.example.com/es/j/mu-20114"),
     ("Gestor/a de admisión y citas – policlínica, Cartagena",
      "Turno de tarde. Se valora experiencia con mutuas.",
      "https://jobradar.example.com/es/j/mu-20131"),
     ("Codificador/a junior – consultora sanitaria, Murcia",
      "Formación a cargo de la empresa. Posibilidad de teletrabajo.",
      "https://jobradar.example.com/es/j/mu-20147")],
    "Gestiona tus alertas o date de baja: https://jobradar.example.com/es/unsubscribe/9921")

add(kind="other", slug="jobradar_murcia_html_only", lang="es", company="", contact="",
    date="2026-04-20 06:30", tz="utc",
    frm=("JobRadar", "alerts@jobradar.example.com"),
    subject="Nuevas ofertas en Murcia: facturación sanitaria y admisión",
    text=_text, html=_html, layout="html", charset="utf-8", cte="qp",
    headers=[("List-Id", "JobRadar job alerts <jobalerts.jobradar.example.com>"),
             ("List-Unsubscribe", "<https://jobradar.example.com/es/unsubscribe/9921>"),
             ("Precedence", "bulk")])

_text, _html = newsletter(
    "Empleo Levante · Ofertas para ti",
    "Hola Renata: hemos encontrado nuevas ofertas que encajan con tu perfil de administración sanitaria.",
    [("Coordinador/a de facturación – grupo hospitalario, Valencia",
      "Publicada hoy. 28 personas inscritas.",
      "https://empleolevante.example.es/ofertas/71230"),
     ("Técnico/a de reembolsos – aseguradora de salud, Valencia",
      "Teletrabajo parcial. Proceso de selección en dos fases.",
      "https://empleolevante.example.es/ofertas/71244"),
     ("Recepcionista bilingüe – clínica internacional, Alicante",
      "Inglés alto imprescindible.",
      "https://empleolevante.example.es/ofertas/71259")],
    "Empleo Levante · Date de baja en https://empleolevante.example.es/baja")

add(kind="other", slug="empleolevante_matches", lang="es", company="", contact="",
    date="2026-10-05 07:05", tz="eu",
    frm=("Empleo Levante", "no-reply@empleolevante.example.es"),
    subject="Nuevas ofertas que encajan con tu perfil",
    text=_text, html=_html, layout="alt", charset="windows-1252", cte="qp",
    headers=[("List-Id", "Empleo Levante ofertas <ofertas.empleolevante.example.es>"),
             ("List-Unsubscribe", "<https://empleolevante.example.es/baja>"),
             ("Precedence", "bulk")])


# =============================================================================================
# interview requests that are not job interviews; research; press
# =============================================================================================

add(kind="other", slug="podcast_interview_request", lang="es", company="",
    contact="marta@podcastsegundacarrera.example.es",
    date="2026-07-13 11:25", tz="eu",
    frm=("Marta Gimeno", "marta@podcastsegundacarrera.example.es"),
    subject="Entrevista para el podcast «Segunda Carrera»", subj_cs="iso-8859-1/Q",
    text="""\
Hola, Renata:

Te escribo desde «Segunda Carrera», un podcast sobre personas que cambian de profesión después de los 35. Una oyente, Carmen Abellán, compañera tuya en el curso de codificación, nos habló de tu historia: de recepcionista de clínica dental en Monterrey a codificadora clínica en Valencia.

¿Te apetecería que te hiciéramos una entrevista para un episodio? Sería una conversación de unos 40 minutos, grabada a distancia, sin guion cerrado. Podríamos grabar cualquier tarde de la segunda quincena de julio.

No hay prisa en responder; si te interesa, dime qué días te vienen bien.

Un abrazo,
Marta Gimeno
Presentadora y productora de «Segunda Carrera»
https://podcastsegundacarrera.example.es
""",
    layout="plain", charset="utf-8", cte="qp")

add(kind="other", slug="press_interview_expat_post", lang="en", company="",
    contact="declan.moore@valenciaexpatpost.example.es",
    date="2026-10-14 12:02", tz="eu",
    frm=("Declan Moore", "declan.moore@valenciaexpatpost.example.es"),
    subject="Interview request: expats retraining in Spanish healthcare",
    text="""\
Hello Renata,

I'm a reporter at the Valencia Expat Post, and I'm writing a feature on foreigners who have retrained for jobs in the Spanish healthcare system. Marta Gimeno from the "Segunda Carrera" podcast kindly passed on your address.

Would you be willing to do a 20-minute phone interview with me next week? I'd ask about how you got your qualifications recognised, what the coding course was like, and how the job search went. With your permission I'd also like to take a photo for the piece, but that's optional.

The article is due to run in our November issue.

Best wishes,
Declan Moore
Features Reporter, Valencia Expat Post
+34 655 901 223
""",
    layout="plain", charset="us-ascii", cte="7bit")

add(kind="other", slug="jobradar_user_research", lang="en", company="",
    contact="hannah.lindqvist@jobradar.example.com",
    date="2026-05-25 13:15", tz="utc",
    frm=("JobRadar Research", "research@jobradar.example.com"),
    reply_to=("Hannah Lindqvist", "hannah.lindqvist@jobradar.example.com"),
    subject="Share your job search story - 30-minute research interview (€40 voucher)",
    subj_cs="utf-8/Q",
    text="""\
Hi Renata,

I'm Hannah, a user researcher at JobRadar. We're talking to people who are changing careers to understand how our job alerts and application tracking could work better for them.

Would you join a 30-minute video interview with me? There are no right or wrong answers - we just want to hear how you search, apply and keep track of replies from employers. As a thank-you, you'll receive a €40 voucher.

If you're up for it, reply to this email and I'll send you a few time slots for the first week of June.

Thanks,
Hannah Lindqvist
User Researcher, JobRadar
""",
    layout="alt", look="simple", charset="utf-8", cte="qp")

add(kind="other", slug="empleolevante_research_call", lang="es", company="",
    contact="laura.ferri@empleolevante.example.es",
    date="2026-03-30 10:40", tz="eu",
    frm=("Laura Ferri · Empleo Levante", "laura.ferri@empleolevante.example.es"),
    name_cs="utf-8/Q",
    subject="¿Nos ayudas a mejorar Empleo Levante? Entrevista de 20 minutos",
    subj_cs="utf-8/Q",
    text="""\
Hola, Renata:

Soy Laura, del equipo de producto de Empleo Levante. Estamos rediseñando la parte de «Mis candidaturas» y nos encantaría saber cómo la usas.

¿Te animas a una entrevista de 20 minutos por videollamada? Te haré unas preguntas sencillas sobre cómo buscas ofertas y cómo te enteras de si una empresa te ha contestado. No hay que preparar nada.

Como agradecimiento te regalamos tres meses de Empleo Levante Plus.

Si te interesa, responde a este correo y te propongo hora.

Gracias,
Laura Ferri
Investigación de usuarios · Empleo Levante
""",
    layout="plain", charset="utf-8", cte="qp")


# =============================================================================================
# packages, positions, friends, recruiters without an event
# =============================================================================================

add(kind="other", slug="parcel_delayed_unfortunately", lang="es", company="", contact="",
    date="2026-02-26 15:12", tz="eu",
    frm=("Envíos Rápidos Levante", "avisos@enviosrapidos.example.es"), name_cs="utf-8/B",
    subject="Tu envío 7740 3321 9015 llega con retraso", subj_cs="utf-8/Q",
    text="""\
Hola, Renata:

Lamentablemente, tu envío 7740 3321 9015 no podrá entregarse en la fecha prevista (26/02/2026) debido a una incidencia en nuestro centro de clasificación de Riba-roja.

Nueva fecha estimada de entrega: lunes, 2 de marzo de 2026, entre las 9:00 y las 14:00.

Lo sentimos mucho. Si no vas a estar en casa, puedes cambiar la entrega a un punto de recogida:
https://enviosrapidos.example.es/seguimiento/774033219015

Remitente: Librería Técnica Sanitaria · Contenido: 1 libro (Manual de codificación CIE-10-ES 2026)

Envíos Rápidos Levante
Este es un mensaje automático, no respondas a este correo.
""",
    layout="alt", look="ats", brand="Envíos Rápidos Levante", accent="#f59e0b",
    charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="other", slug="running_app_position", lang="en", company="", contact="",
    date="2026-07-27 19:45", tz="utc",
    frm=("TrailMate", "no-reply@trailmate.example.com"),
    subject="Your position on the Turia 10K leaderboard",
    text="""\
Nice run, Renata!

Turia Summer 10K - your result is in.

Your position: 212 of 1,480 finishers
Category (F40-44): 17 of 138
Time: 54:38 · Average pace: 5:28 /km

Unfortunately your GPS signal dropped for about 600 m near the Palau de la Música, so your recorded route is slightly shorter than the official distance. Your chip time above is not affected.

See the full leaderboard: https://trailmate.example.com/events/turia-10k-2026/results

Keep moving,
The TrailMate team
""",
    layout="alt", look="ats", brand="TrailMate", accent="#16a34a",
    charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="other", slug="sendung_verspaetet_leider", lang="de", company="", contact="",
    date="2026-10-20 10:18", tz="eu",
    frm=("Fachbuchversand Mainhattan", "versand@fachbuchmainhattan.example.de"),
    subject="Ihre Bestellung 60-44821: Lieferung verzögert sich leider", subj_cs="iso-8859-1/B",
    text="""\
Sehr geehrte Frau Vogelsang-Ibáñez,

vielen Dank für Ihre Bestellung vom 14. Oktober 2026.

Leider verzögert sich die Lieferung des folgenden Titels, da der Verlag die Neuauflage erst später ausliefert:

1 x ICD-10-GM 2027 - Systematisches Verzeichnis (Buch)

Der neue voraussichtliche Versandtermin ist der 6. November 2026. Die übrigen Artikel Ihrer Bestellung wurden bereits verschickt.

Möchten Sie den Titel stornieren, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Kundenservice
Fachbuchversand Mainhattan
""",
    layout="plain", charset="iso-8859-1", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="other", slug="friend_monterrey_own_rejection", lang="es", company="",
    contact="lupita.garza@correoregio.example.mx",
    date="2026-03-31 21:05", tz="mx",
    frm=("Lupita Garza", "lupita.garza@correoregio.example.mx"),
    subject="no me quedé 😩", subj_cs="utf-8/B",
    text="""\
¡Amiga!

Pues ya me contestaron del hospital Santa Lucía del Valle (el de San Pedro, ¿te acuerdas que te platiqué?) y no me quedé. Me mandaron un correo bien formalito: que «agradecen mi interés pero decidieron continuar con otros candidatos cuyo perfil se ajusta más a la posición». Así nomás, después de tres entrevistas.

Estoy bien agüitada, pero ni modo. Mi mamá dice que eso es porque viene algo mejor.

¿Y tú cómo vas con lo de Lisboa? ¿Ya te dieron respuesta los de la entrevista que se te pasó por lo de la hora? Cuéntame todo.

Te quiero mucho, un abrazo hasta Valencia,
Lupita
""",
    layout="plain", charset="utf-8", cte="8bit")

add(kind="other", slug="friend_didnt_get_it", lang="en", company="",
    contact="megan.k@maildrop.example.com",
    date="2026-06-29 22:14", tz="eu",
    frm=("Megan Kowalski", "megan.k@maildrop.example.com"),
    subject="didn't get it :(",
    text="""\
Hey Renata,

Well, I heard back from the billing company in Madrid - no luck. They said they'd "decided to go with a candidate with more US payer experience", which is funny because that is literally all I've done for eight years. I think they just wanted someone cheaper.

Anyway, I'm fine, mostly annoyed. How did your interview in Lisbon go? And are we still doing the CCS study group on Thursday?

M.
""",
    layout="plain", charset="us-ascii", cte="7bit")

add(kind="other", slug="kessler_cold_approach", lang="de", company="",
    contact=KESSLER[1],
    key="t7_cold", date="2026-06-02 11:40", tz="eu",
    frm=KESSLER,
    subject="Vertrauliche Anfrage – Leistungsabrechnung Ausland, Frankfurt",
    subj_cs="windows-1252/Q",
    text="""\
Liebe Frau Vogelsang-Ibáñez,

ich bin über Ihr Profil auf ProNetwork auf Sie aufmerksam geworden und melde mich mit einer vertraulichen Anfrage. Für einen unserer Mandanten, eine Krankenversicherung im Rhein-Main-Gebiet, suchen wir eine Sachbearbeiterin für die Abrechnung von Leistungen spanischsprachiger Versicherter.

Ihre Kombination aus Spanisch, Deutsch, Praxiserfahrung an der Rezeption und Ihrer Weiterbildung in der Kodierung entspricht ziemlich genau dem, was unser Mandant sucht.

Wenn Sie grundsätzlich offen für einen Wechsel nach Frankfurt sind, würde ich mich über eine kurze Rückmeldung freuen. Gern erzähle ich Ihnen dann mehr.

Herzliche Grüße
Dr. Henrike Kessler
Geschäftsführende Partnerin
Kessler & Brandt Personalberatung GmbH
Bockenheimer Landstraße 51, 60325 Frankfurt am Main
Tel. +49 69 2475 8830
""",
    layout="plain", charset="windows-1252", cte="qp")

add(kind="other", slug="recruiter_cold_alicante", lang="es", company="",
    contact="oscar.bellver@talentosanitario.example.es",
    date="2026-04-15 12:58", tz="eu",
    frm=("Óscar Bellver", "oscar.bellver@talentosanitario.example.es"), name_cs="utf-8/B",
    subject="Oportunidad en facturación hospitalaria en Alicante – ¿te interesa?",
    subj_cs="utf-8/Q",
    text="""\
Hola, Renata:

Me llamo Óscar Bellver y trabajo como consultor en Talento Sanitario, una boutique de selección especializada en perfiles de gestión sanitaria.

He visto tu perfil y creo que podría encajar en un proyecto que estamos llevando para un hospital privado de Alicante que va a internalizar su facturación a compañías. Todavía están definiendo el equipo y las condiciones, así que de momento no hay proceso abierto ni fechas.

Si te interesa que te tenga en cuenta cuando arranque, respóndeme con tu CV actualizado y tu disponibilidad para trasladarte.

Un saludo,
Óscar Bellver
Consultor · Talento Sanitario
""",
    layout="alt", look="simple", charset="utf-8", cte="qp")

add(kind="other", slug="interim_languedoc_approach", lang="fr", company="",
    contact="j.carrere@interimlanguedoc.example.fr",
    date="2026-09-07 09:50", tz="eu",
    frm=("Julien Carrère", "j.carrere@interimlanguedoc.example.fr"),
    subject="Missions d'intérim en facturation hospitalière à Montpellier",
    subj_cs="iso-8859-1/Q",
    text="""\
Bonjour Madame,

Je me permets de vous contacter car votre profil, repéré sur une CVthèque, correspond aux missions que nous confient régulièrement plusieurs cliniques de la métropole de Montpellier : facturation, admissions, relances des mutuelles.

Nous n'avons pas de mission précise à vous proposer aujourd'hui, mais je serais heureux de vous inscrire dans notre vivier pour l'automne. Il suffit de me retourner votre CV à jour et de m'indiquer vos disponibilités.

Bien cordialement,

Julien Carrère
Chargé de recrutement - Intérim Languedoc
8 rue Foch, 34000 Montpellier
""",
    layout="plain", charset="iso-8859-1", cte="qp")


# =============================================================================================
# bank, landlord, school, doctor, administration: interview/appointment in another sense
# =============================================================================================

add(kind="other", slug="bank_loan_interview", lang="es", company="",
    contact="sergio.navarro@bancoazahar.example.es",
    date="2026-01-27 13:10", tz="eu",
    frm=("Sergio Navarro · Banco Azahar", "sergio.navarro@bancoazahar.example.es"),
    name_cs="iso-8859-1/Q",
    subject="Cita para la entrevista de concesión de su préstamo", subj_cs="iso-8859-1/Q",
    text="""\
Estimada Sra. Vogelsang-Ibáñez:

Le confirmo la entrevista con el equipo de riesgos para el estudio de su préstamo personal de formación, el jueves 29 de enero a las 12:00 en nuestra oficina de Russafa (Calle de Cuba 19).

Para agilizar la operación, le ruego que traiga:
- NIE y pasaporte
- las tres últimas nóminas o, en su caso, el justificante de la prestación
- el contrato de alquiler de su vivienda
- la matrícula del curso que desea financiar

Si no pudiera acudir, le agradecería que me avisara con antelación para asignar el hueco a otro cliente.

Atentamente,

Sergio Navarro
Gestor de Banca Personal · Oficina 0417 Russafa
Banco Azahar
""",
    layout="plain", charset="utf-8", cte="qp")

add(kind="other", slug="landlord_technician_nobody_home", lang="es", company="",
    contact="pilar.coloma@ruzafallar.example.es",
    date="2026-05-12 11:02", tz="eu",
    frm=("Pilar Coloma", "pilar.coloma@ruzafallar.example.es"),
    subject="Visita del técnico de la caldera: no había nadie",
    text="""\
Buenos días, Renata:

El técnico de la caldera ha pasado hoy a las 10:00 por el piso de Calle de Sueca, tal como habíamos quedado, y no había nadie. Me dice que llamó dos veces al telefonillo y también a tu móvil.

Tengo que volver a pedirle cita y no tiene hueco hasta el martes 19. ¿Te iría bien por la mañana? Si vas a estar fuera, puedes dejarle las llaves a la vecina del 2.º como la otra vez.

Un saludo,
Pilar Coloma
Gestión de alquileres · Inmobiliaria Ruzafa Llar
""",
    layout="plain", charset="iso-8859-1", cte="8bit")

add(kind="other", slug="school_tutoria_mateo", lang="es", company="",
    contact="eva.montanana@ceiplesarenes.example.es",
    date="2026-10-08 14:25", tz="eu",
    frm=("Eva Montañana", "eva.montanana@ceiplesarenes.example.es"), name_cs="iso-8859-1/B",
    subject="Entrevista de tutoría - Mateo Ferrer Vogelsang (3.º B)", subj_cs="iso-8859-1/Q",
    text="""\
Buenas tardes, familia de Mateo:

Como cada trimestre, me gustaría tener una entrevista de tutoría con ustedes para comentar cómo ha empezado Mateo el curso en 3.º B.

Les propongo el martes 13 de octubre a las 16:45 en el aula de 3.º B. Si no les viene bien, indíquenme otro día de esa semana después de las 16:30 y buscamos un hueco.

De momento, Mateo se está adaptando muy bien al nuevo grupo. Hablaremos también de las lecturas del trimestre.

Un saludo,
Eva Montañana
Tutora de 3.º B · CEIP Les Arenes
""",
    layout="plain", charset="iso-8859-1", cte="qp")

add(kind="other", slug="health_centre_appointment_moved", lang="es", company="",
    contact="",
    date="2026-04-21 08:05", tz="eu",
    frm=("Centre de Salut Russafa · Cita previa", "citaprevia@centresalut.example.es"),
    name_cs="utf-8/Q",
    subject="Su cita ha sido modificada",
    text="""\
CENTRE DE SALUT RUSSAFA - CITA PREVIA

Estimada paciente:

Le informamos de que su cita con Medicina de Familia ha sido modificada por ausencia de la profesional.

Cita anterior: jueves 23/04/2026 a las 09:20 - Consulta 7
Nueva cita: viernes 24/04/2026 a las 11:40 - Consulta 5

Si no puede acudir, anule la cita para que otra persona pueda aprovecharla: https://citaprevia.centresalut.example.es/anular

Este mensaje se ha enviado automáticamente. No responda a este correo.
""",
    layout="plain", charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="other", slug="lisbon_viewing_rescheduled", lang="en", company="",
    contact="rita.gaspar@lisbonhomes.example.pt",
    date="2026-03-18 12:30", tz="pt",
    frm=("Lisbon Homes Rentals", "bookings@lisbonhomes.example.pt"),
    reply_to=("Rita Gaspar", "rita.gaspar@lisbonhomes.example.pt"),
    subject="Your viewing at Rua dos Remédios has been rescheduled",
    text="""\
Dear Renata,

Your video viewing of the one-bedroom flat at Rua dos Remédios 71, Alfama, has been rescheduled because the current tenant is not available on Friday.

New time: Monday 23 March 2026, 18:30 (Lisbon time)
Agent: Rita Gaspar

If the new time doesn't suit you, simply reply to this email and Rita will find another slot.

Lisbon Homes Rentals
Avenida Almirante Reis 12, 1150-017 Lisboa
""",
    layout="alt", look="ats", brand="Lisbon Homes Rentals", accent="#9333ea",
    charset="utf-8", cte="qp")

add(kind="other", slug="sprachkurs_kein_platz", lang="de", company="", contact="",
    date="2026-07-08 09:30", tz="eu",
    frm=("Sprachenzentrum Sachsenhausen", "kurse@sprachzentrum-sachs.example.de"),
    subject="Ihre Anmeldung zum Kurs „Deutsch für Gesundheitsberufe C1“",
    subj_cs="windows-1252/Q",
    text="""\
Sehr geehrte Frau Vogelsang-Ibáñez,

vielen Dank für Ihre Anmeldung zum Online-Kurs „Deutsch für Gesundheitsberufe C1“ (Beginn 7. September 2026).

Leider können wir Ihnen keinen Platz in diesem Kurs anbieten. Die Plätze wurden nach dem Eingang der vollständigen Unterlagen vergeben, und der Kurs war bereits ausgebucht, als Ihr Nachweis über das B2-Zertifikat bei uns einging.

Gern setzen wir Sie auf die Warteliste oder melden Sie für den nächsten Kurs ab Januar 2027 vor. Bitte teilen Sie uns mit, was Ihnen lieber ist.

Mit freundlichen Grüßen
Kursverwaltung
Sprachenzentrum Sachsenhausen
""",
    layout="plain", charset="windows-1252", cte="qp")


# =============================================================================================
# auto-replies
# =============================================================================================

add(kind="other", slug="ooo_malvarrosa_autoreply", lang="es", company="",
    contact=AMPARO[1],
    key="t1_ooo", parent="t1_thanks", date="2026-03-20 17:39", tz="eu",
    frm=AMPARO, name_cs="iso-8859-1/Q",
    subject="Respuesta automática: Gracias por la entrevista de hoy",
    subj_cs="iso-8859-1/Q",
    text="""\
Gracias por su mensaje. Me encuentro fuera de la oficina hasta el lunes 6 de abril, sin acceso al correo.

Para asuntos urgentes relacionados con procesos de selección, convocatorias de entrevista o incorporaciones, puede escribir a seleccion@hmalvarrosa.example.es o llamar al 961 97 40 00 (ext. 5100).

Amparo Climent Ortí
Técnica de Selección · Dirección de Personas
Hospital Universitario La Malvarrosa
""",
    layout="plain", charset="windows-1252", cte="qp",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

add(kind="other", slug="ooo_tagus_autoreply", lang="en", company="", contact=JOANA[1],
    key="t2_ooo", parent="t2_decline", date="2026-04-27 08:12", tz="pt",
    frm=JOANA,
    subject="Automatic reply: Re: Offer of employment – Revenue Cycle Associate",
    subj_cs="utf-8/B",
    text="""\
Thank you for your email. I am out of the office until Monday 4 May with limited access to email.

For anything related to interview scheduling or ongoing recruitment processes, please contact talent@tagusrevenue.example.pt and one of my colleagues will help you.

Best regards,
Joana Reis
Talent Partner | Tagus Health Revenue
""",
    layout="plain", charset="utf-8", cte="7bit",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("Precedence", "auto_reply")])

add(kind="other", slug="ooo_mainklinikum_abwesend", lang="de", company="",
    contact=SABINE[1],
    parent="t3_get_well", date="2026-03-11 18:03", tz="eu",
    frm=SABINE,
    subject="Automatische Antwort: AW: Abgesagt: Vorstellungsgespräch",
    subj_cs="iso-8859-1/Q",
    text="""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Montag, 16. März 2026, nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bewerbung@mainklinikum.example.de.

Mit freundlichen Grüßen
Sabine Hartmann
Personalreferentin · Mainklinikum Sachsenhausen
""",
    layout="plain", charset="iso-8859-1", cte="qp",
    headers=[("Auto-Submitted", "auto-replied")])

add(kind="other", slug="ooo_lez_absente", lang="fr", company="", contact=CLAIRE[1],
    parent="t4_sorry", date="2026-05-08 08:20", tz="eu",
    frm=CLAIRE,
    subject="Réponse automatique : RE: Notre appel de ce matin", subj_cs="iso-8859-1/B",
    text="""\
Bonjour,

Je suis absente du 8 au 18 mai inclus et ne consulterai pas mes messages pendant cette période.

Pour toute question urgente concernant un recrutement, vous pouvez joindre le secrétariat de direction au 04 67 33 50 00.

Cordialement,
Claire Fabre
Chargée de recrutement - Clinique du Lez
""",
    layout="plain", charset="iso-8859-1", cte="8bit",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


# =============================================================================================
# courses and admissions (a refused place to study is not a job rejection)
# =============================================================================================

add(kind="other", slug="master_admission_refused", lang="es", company="", contact="",
    date="2026-07-24 09:00", tz="eu",
    frm=("Universitat del Túria – Admisiones de Posgrado", "posgrado@uturia.example.es"),
    name_cs="utf-8/Q",
    subject="Resolución de admisión – Máster en Documentación y Gestión de la Información Clínica",
    subj_cs="utf-8/B",
    text="""\
Estimada Renata Vogelsang-Ibáñez:

Le comunicamos la resolución de la comisión académica sobre su solicitud de admisión al Máster en Documentación y Gestión de la Información Clínica, curso 2026-2027.

Resultado: NO ADMITIDA (plazas cubiertas). Su solicitud queda en la lista de espera con el número 14.

El número de plazas ofertadas es de 30 y la nota de corte de esta convocatoria ha sido de 7,85. Si se produjeran renuncias, nos pondríamos en contacto con usted por orden de lista de espera antes del 15 de septiembre.

Puede presentar recurso de alzada ante el Rectorado en el plazo de un mes.

Servicio de Posgrado
Universitat del Túria
""",
    layout="alt", look="ats", brand="Universitat del Túria", accent="#7f1d1d",
    charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="other", slug="du_codage_avis_defavorable", lang="fr", company="", contact="",
    date="2026-06-30 16:15", tz="eu",
    frm=("Scolarité DU - Faculté de médecine", "scolarite-du@univ-garrigues.example.fr"),
    subject="Candidature DU Information médicale et codage : avis défavorable",
    subj_cs="iso-8859-1/Q",
    text="""\
Madame,

La commission pédagogique du Diplôme universitaire « Information médicale et codage » s'est réunie le 26 juin 2026 pour examiner les candidatures à la promotion 2026-2027.

Nous avons le regret de vous informer qu'elle a émis un avis défavorable à votre inscription : la formation est réservée en priorité aux professionnels exerçant déjà dans un établissement de santé français, et le nombre de places est limité à vingt.

Vous pouvez renouveler votre candidature l'an prochain.

Le service de scolarité des diplômes universitaires
Faculté de médecine - Université des Garrigues
""",
    layout="plain", charset="iso-8859-1", cte="qp")


# =============================================================================================
# family, public services, marketing, travel
# =============================================================================================

add(kind="other", slug="mother_how_was_interview", lang="es", company="",
    contact="rosario.ibanez@correoregio.example.mx",
    date="2026-03-20 06:30", tz="mx",
    frm=("Rosario Ibáñez", "rosario.ibanez@correoregio.example.mx"), name_cs="utf-8/B",
    subject="¿Cómo te fue, mija?",
    text="""\
Mija, ¿cómo te fue hoy en la entrevista del hospital? Tu papá dice que seguro te fue muy bien porque eres bien preparada. Háblanos cuando salgas, aunque sea por WhatsApp.

Aquí todo bien, hace un calorón. Le mandé a Mateo un libro de dinosaurios, dime si llegó.

Te quiere,
Tu mamá
""",
    layout="plain", charset="utf-8", cte="8bit")

add(kind="other", slug="labora_cita_orientacion", lang="es", company="", contact="",
    date="2026-01-09 10:12", tz="eu",
    frm=("LABORA – Cita previa", "citaprevia@labora.example.es"), name_cs="utf-8/Q",
    subject="Confirmación de cita previa – Espai LABORA València-Russafa",
    subj_cs="utf-8/Q",
    text="""\
Confirmación de cita previa

Nombre: RENATA VOGELSANG-IBÁÑEZ
Servicio: Entrevista ocupacional con orientador/a laboral
Centro: Espai LABORA València-Russafa, Calle de Sueca 9
Fecha y hora: martes 13/01/2026, 10:30
Código de cita: LB-2026-448812

Recuerde traer su documento de identidad y su CV actualizado. Si no puede acudir, anule la cita en https://labora.example.es/citaprevia

Mensaje generado automáticamente. No responda a este correo.
""",
    layout="plain", charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="other", slug="webinar_invitation_sldc", lang="es", company="", contact="",
    date="2026-02-11 12:00", tz="eu",
    frm=("SLDC Formación", "formacion@sldc.example.es"),
    subject="Invitación: webinar gratuito «Codificación CIE-10-ES para principiantes»",
    subj_cs="iso-8859-1/Q",
    text="""\
Te invitamos a nuestro próximo webinar gratuito

Codificación CIE-10-ES para principiantes
Jueves 26 de febrero · 18:00-19:30 · en línea

Ponente: Dra. Inmaculada Bosch, responsable del Servicio de Documentación Clínica de un hospital universitario.

Contenido:
- Estructura de la CIE-10-ES y normas generales
- Diagnóstico principal y secundarios: casos prácticos
- Salidas profesionales: hospitales, aseguradoras y empresas de servicios

Inscripción gratuita (plazas limitadas): https://sldc.example.es/webinars/cie10-principiantes

Sociedad Levantina de Documentación Clínica
Si no deseas recibir más invitaciones: https://sldc.example.es/baja
""",
    layout="alt", look="simple", charset="utf-8", cte="qp",
    headers=[("List-Id", "SLDC Formacion <formacion.sldc.example.es>"),
             ("List-Unsubscribe", "<https://sldc.example.es/baja>")])

add(kind="other", slug="special_offer_cpc_prep", lang="en", company="", contact="",
    date="2026-05-18 14:00", tz="utc",
    frm=("CodeReady Academy", "offers@codereadyacademy.example.com"),
    subject="Special offer: 40% off CPC exam prep - ends Sunday",
    text="""\
Special offer for Renata: 40% off CPC exam prep

Your offer code SPRING40 takes 40% off our 12-week CPC exam preparation course, including three full mock exams and live Q&A sessions with certified coders.

Don't let an interview rejection hold you back - 87% of our students pass the CPC exam on their first attempt.

Claim your offer: https://codereadyacademy.example.com/cpc?code=SPRING40

This offer expires on Sunday at midnight (ET).

You are receiving this email because you downloaded our free ICD-10 cheat sheet.
Unsubscribe: https://codereadyacademy.example.com/unsubscribe?u=renata.vi
""",
    layout="html", look="ats", brand="CodeReady Academy", accent="#dc2626",
    charset="utf-8", cte="qp",
    headers=[("List-Unsubscribe", "<https://codereadyacademy.example.com/unsubscribe?u=renata.vi>"),
             ("Precedence", "bulk")])

add(kind="other", slug="tie_fingerprint_appointment", lang="es", company="", contact="",
    date="2026-05-29 19:44", tz="eu",
    frm=("Cita Previa Extranjería", "no-responder@citaprevia.example.es"),
    subject="Justificante de cita: toma de huellas (TIE)",
    text="""\
JUSTIFICANTE DE CITA

Trámite: POLICÍA - TOMA DE HUELLAS (EXPEDICIÓN DE TARJETA) Y RENOVACIÓN DE TARJETA DE LARGA DURACIÓN
Oficina: Comisaría de Policía de Valencia - Patraix
Fecha: 16/06/2026
Hora: 12:10
Número de justificante: 5F7A2C91E4
Titular: VOGELSANG IBÁÑEZ, RENATA

Es imprescindible presentar este justificante y la documentación requerida. La cita es personal e intransferible.
""",
    layout="plain", charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="other", slug="train_ticket_changed", lang="es", company="", contact="",
    date="2026-08-28 21:16", tz="eu",
    frm=("Trenes del Levante", "no-reply@treneslevante.example.es"),
    subject="Cambio de billete confirmado: Valencia Joaquín Sorolla – Madrid Puerta de Atocha",
    subj_cs="utf-8/B",
    text="""\
Hola, Renata:

Hemos modificado tu viaje correctamente.

Localizador: T7KQ2M
Ida: martes 08/09/2026 · Valencia Joaquín Sorolla 07:10 → Madrid Puerta de Atocha 09:02 · coche 4, plaza 7A
Vuelta: martes 08/09/2026 · Madrid Puerta de Atocha 18:05 → Valencia Joaquín Sorolla 19:58 · coche 6, plaza 12D

Viaje anterior (anulado): 01/09/2026
Diferencia de tarifa: 0,00 €

Descarga tus billetes en la app o en https://treneslevante.example.es/mis-viajes

¡Buen viaje!
Trenes del Levante
""",
    layout="alt", look="ats", brand="Trenes del Levante", accent="#6d28d9",
    charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])
