"""Corpus 226: rejections — ATS, soft, terse, relayed by agencies, after interviews (quoting the
candidate's thank-you), roles cancelled, frozen or filled internally.

Hand-written, one spec per message; no sentence pattern is used twice.
"""

from __future__ import annotations

from msgs226_common import CAND_ADDR, CAND_NAME, forwarded, outlook, quote, wrote
from msgs226_invites import (
    AMPARO,
    BEATRIZ,
    CLAIRE,
    ENCARNA,
    INES,
    KARLA,
    LOLA,
    MISSED_MARINA,
    NATHALIE,
    NURIA,
    PRIYA,
    RACHEL,
    ROSA,
    SABINE,
    TIAGO,
    VICENTE,
)
from msgs226_other import APPLY_BORNHEIM, THANKS_BLUEHARBOR, THANKS_MALVARROSA

MESSAGES: list[dict] = []


def add(**spec: object) -> dict:
    MESSAGES.append(spec)
    return spec


SANDRA = ("Sandra Olmedo", "sandra.olmedo@flexiempleo.example.es")

add(kind="rejection", slug="malvarrosa_after_panel_quoting_thanks", lang="es",
    company="Hospital Universitario La Malvarrosa", contact=AMPARO[1],
    key="t1_no", parent="t1_thanks", date="2026-04-07 12:20", tz="eu",
    frm=AMPARO, name_cs="utf-8/B",
    subject="Re: Gracias por la entrevista de hoy",
    text="""\
Estimada Renata:

Le agradezco sus amables palabras y el interés que ha mostrado durante todo el proceso.

Tras valorar a todas las personas entrevistadas, el panel ha decidido ofrecer el puesto a una candidata con varios años de experiencia en codificación hospitalaria en el sistema público, que era el aspecto con más peso en esta convocatoria. Por tanto, no podremos contar con usted en esta ocasión.

El Dr. Sanchis me pide que le transmita que su ejercicio práctico fue de los mejores, y le animamos a presentarse a próximas ofertas del servicio cuando termine su formación.

Reciba un cordial saludo,

Amparo Climent Ortí
Técnica de Selección · Dirección de Personas
Hospital Universitario La Malvarrosa

""" + quote(THANKS_MALVARROSA, wrote("es", "vie, 20 mar 2026 a las 17:38", CAND_NAME, CAND_ADDR)),
    layout="plain", charset="utf-8", cte="qp")

add(kind="rejection", slug="mainklinikum_filled_internally", lang="de",
    company="Mainklinikum Sachsenhausen", contact=SABINE[1],
    key="t3_no", parent="t3_cancel", date="2026-04-02 10:48", tz="eu",
    frm=SABINE,
    subject="Ihre Bewerbung als Mitarbeiter*in Patientenabrechnung",
    text="""\
Sehr geehrte Frau Vogelsang-Ibáñez,

ich hatte Ihnen nach der Absage unseres Gesprächs einen neuen Termin in Aussicht gestellt und melde mich nun, wie versprochen, bei Ihnen.

Während Frau Dr. Lindner erkrankt war, hat die Geschäftsführung entschieden, die Stelle mit einer Mitarbeiterin aus unserer Zentralen Patientenaufnahme zu besetzen, die in die Abrechnung wechseln wollte. Ein Gespräch mit Ihnen wird daher nicht mehr stattfinden, und ich muss Ihnen leider eine Absage erteilen.

Das bedauere ich sehr, zumal Ihre Unterlagen einen sehr guten Eindruck hinterlassen haben. Mit Ihrem Einverständnis merken wir Ihre Bewerbung gern für künftige Stellen in der Abrechnung vor.

Mit freundlichen Grüßen

Sabine Hartmann
Personalreferentin
Mainklinikum Sachsenhausen gGmbH
""",
    layout="plain", charset="iso-8859-1", cte="qp")

add(kind="rejection", slug="lez_poste_pourvu_after_miss", lang="fr",
    company="Clinique du Lez", contact=CLAIRE[1],
    key="t4_no", parent="t4_sorry", date="2026-05-20 09:12", tz="eu",
    frm=CLAIRE,
    subject="Suite de votre candidature - Clinique du Lez",
    text="""\
Bonjour Madame Vogelsang-Ibáñez,

Merci pour votre message du 8 mai et pour vos explications, que je n'ai pu lire qu'à mon retour de congés.

Entre-temps, le recrutement devant aboutir avant l'été, ma collègue a poursuivi le processus avec les autres personnes présélectionnées, et le poste d'assistante facturation et codage PMSI a été pourvu. Je clos donc votre candidature.

Je vous souhaite une bonne continuation dans vos recherches.

Claire Fabre
Chargée de recrutement - Clinique du Lez
""",
    layout="plain", charset="iso-8859-1", cte="qp")

add(kind="rejection", slug="tempora_relays_client_no", lang="es",
    company="Mediterránea Salud", contact=NURIA[1],
    key="t6_no", parent="t6_move", date="2026-03-10 10:05", tz="eu",
    frm=NURIA, name_cs="windows-1252/Q",
    subject="Respuesta de Mediterránea Salud", subj_cs="windows-1252/Q",
    text="""\
Hola Renata:

Ya tengo respuesta de Mediterránea Salud y, siento decírtelo, no es la que esperábamos. Ramón me ha comentado que le gustaste mucho en el trato, pero al final se han decantado por una persona que ya había trabajado con su programa de gestión de siniestros y podía ponerse a tramitar desde el primer día.

Te reenvío su correo tal cual, porque dice cosas bonitas de ti.

Yo sigo moviendo tu perfil; tengo un par de clínicas que buscan gente para facturación y te llamo en cuanto sepa algo.

Un abrazo,
Nuria

""" + forwarded("es", "Ramón Gisbert <ramon.gisbert@mediterraneasalud.example.es>",
                "lun, 9 mar 2026, 17:48", "Candidata Renata V.",
                "Nuria Cabanilles <nuria.cabanilles@tempora.example.es>", """\
Nuria, buenas tardes:

Gracias por la candidata. Renata tiene muy buena actitud y se expresa muy bien, pero para esta posición vamos a seguir con Begoña, que ya conoce nuestro aplicativo. Si abrimos la plaza de atención al asegurado en primavera, me gustaría volver a verla.

Saludos,
Ramón"""),
    layout="alt", look="word", charset="windows-1252", cte="qp")

add(kind="rejection", slug="codimed_after_assessment_html", lang="es",
    company="CodiMed", contact="",
    key="t8_no", date="2026-05-14 07:30", tz="utc",
    frm=("CodiMed Murcia", "noreply@smartrecruiters.com"),
    subject="Tu candidatura a Codificador/a CIE-10-ES Junior",
    text="""\
Hola Renata:

Gracias por participar en la sesión de evaluación del 30 de abril y por el esfuerzo que pusiste en la prueba práctica.

Tras comparar los resultados de todas las personas participantes, hemos seleccionado a quienes obtuvieron mayor puntuación en la codificación de procedimientos, y tu candidatura no pasa a la fase final de este proceso.

Nos gustaría seguir contando con tu perfil: si lo deseas, lo mantendremos activo para futuras vacantes de codificación en Murcia y Cartagena.

Un saludo,
Equipo de Talento de CodiMed
""",
    layout="html", look="ats", brand="CodiMed Murcia", accent="#7c3aed",
    charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="rejection", slug="alfama_role_on_hold", lang="en",
    company="Alfama Claims Solutions", contact=TIAGO[1],
    key="t9_no", parent="t9_move", date="2026-04-29 17:22", tz="pt",
    frm=TIAGO,
    subject="Claims Coding Analyst - update",
    text="""\
Hi Renata,

Thank you for your time on the phone on the 8th and for the follow-up conversation with Marta.

I'm writing with an update I'm sorry to give: the Claims Coding Analyst position has been put on hold following a change in one of our client contracts, and we will not proceed with any of the current applications. This has nothing to do with your profile, which the team liked.

If the role reopens later in the year, I'd be glad to get back in touch. I hope that's OK with you.

Best wishes,
Tiago Mendes
Talent Acquisition | Alfama Claims Solutions
Rua da Prata 92, 1100-420 Lisboa
""",
    layout="alt", look="simple", charset="utf-8", cte="qp")

add(kind="rejection", slug="castellana_icims_after_missed", lang="es",
    company="Grupo Hospitalario Castellana", contact="",
    key="t11_no", date="2026-07-01 08:00", tz="utc",
    frm=("Grupo Hospitalario Castellana", "no-reply@icims.com"),
    subject="Ref. 2026-ADM-0311: estado de su candidatura",
    text="""\
Estimada Sra. Vogelsang-Ibáñez:

Le agradecemos su participación en el proceso de selección para el puesto de Administrativo/a de Facturación a Aseguradoras (Ref. 2026-ADM-0311).

Una vez finalizada la fase de entrevistas, le comunicamos que su candidatura no ha sido seleccionada para continuar en el proceso. Esta decisión no supone una valoración negativa de su trayectoria profesional.

Sus datos permanecerán en nuestra base de datos durante el plazo indicado en nuestra política de privacidad, por si surgiera una vacante acorde a su perfil.

Atentamente,
Departamento de Recursos Humanos
Grupo Hospitalario Castellana
""",
    layout="alt", look="ats", brand="Grupo Hospitalario Castellana", accent="#334155",
    charset="utf-8", cte="b64",
    headers=[("Auto-Submitted", "auto-generated")])

REPLY_NEXO_INTERNET = """\
Hola Karla,

Mil disculpas: ayer se me cayó el internet de la casa justo antes de la entrevista y no tenía datos en el celular para avisarte. ¿Habría chance de reagendar con Óscar?

Gracias,
Renata
"""

add(kind="rejection", slug="nexo_terse_mexican", lang="es",
    company="Nexo Global Services", contact=KARLA[1],
    key="t14_no", parent="t14_internet", date="2026-02-27 13:48", tz="eu",
    frm=KARLA, name_cs="utf-8/Q",
    subject="Re: No te vimos en la entrevista de hoy",
    text="""\
Hola Renata, gracias por avisar lo de tu internet. Ya platiqué con Óscar y la vacante quedó cubierta con otras personas del proceso, así que por ahora no vamos a seguir con tu candidatura. Te guardo en nuestra base para la cuenta de Colombia que arranca en verano.

Saludos,
Karla

""" + quote(REPLY_NEXO_INTERNET, wrote("es", "mar, 17 feb 2026 a las 9:05", CAND_NAME, CAND_ADDR)),
    layout="plain", charset="utf-8", cte="8bit")

add(kind="rejection", slug="estrela_relays_lusitania_rfc822", lang="en",
    company="Lusitania Medical Group", contact=INES[1],
    key="t15_no", parent="t15_inv", date="2026-03-23 12:15", tz="pt",
    frm=INES, name_cs="utf-8/B",
    subject="Lusitania Medical Group - feedback",
    text="""\
Hi Renata,

I've just heard back from Lusitania Medical Group and unfortunately it isn't good news this time. They've offered the Patient Billing Coordinator role to another candidate who already speaks Portuguese, which in the end weighed more heavily than we expected, given how much of the role is spent on the phone with local insurers.

Their feedback on you was genuinely positive - Dr. Valente particularly liked your answer about the unpaid guarantee case. I've attached Catarina's email so you can read it for yourself.

Let's have a call this week to regroup; I have two other clients in Lisbon who I think would suit you.

Inês
""",
    layout="plain", charset="utf-8", cte="qp",
    attach=[{"type": "eml", "filename": "Feedback Lusitania Medical Group.eml",
             "message": {
                 "frm": ("Catarina Lopes", "catarina.lopes@lusitaniamed.example.pt"),
                 "to": [INES], "date": "2026-03-20 18:02", "tz": "pt",
                 "subject": "Re: Renata Vogelsang-Ibanez - Patient Billing Coordinator",
                 "text": """\
Hi Inês,

Thanks for presenting Renata. We enjoyed the conversation and she clearly knows her way around insurer billing. After the final round we have decided to go ahead with a candidate who is fluent in Portuguese, as most pre-authorisations are handled with Portuguese insurers by phone.

Please pass on our thanks. We'd be happy to consider her again for roles with a stronger international focus.

Best regards,
Catarina Lopes
HR Business Partner | Lusitania Medical Group
""",
                 "layout": "plain", "charset": "utf-8", "cte": "qp"}}])

add(kind="rejection", slug="azrm_personio_formal", lang="de",
    company="Abrechnungszentrum Rhein-Main", contact="",
    key="t12_no", date="2026-04-09 09:40", tz="utc",
    frm=("Abrechnungszentrum Rhein-Main", "no-reply@personio.de"),
    subject="Ihre Bewerbung als Medizinische Kodierfachkraft (m/w/d)",
    text="""\
Sehr geehrte Frau Vogelsang-Ibáñez,

nochmals vielen Dank für Ihr Interesse an einer Tätigkeit in unserem Haus und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen heute mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Personalteam
Abrechnungszentrum Rhein-Main GmbH
""",
    layout="alt", look="ats", brand="Abrechnungszentrum Rhein-Main", accent="#0f766e",
    charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="rejection", slug="ibersalud_position_cancelled", lang="es",
    company="Ibersalud Seguros", contact="",
    key="ib_no", date="2026-07-03 07:15", tz="utc",
    frm=("Ibersalud Seguros", "no-reply@taleo.net"),
    subject="Actualización sobre el proceso IB-5532", subj_cs="utf-8/Q",
    text="""\
Estimada Renata:

Le escribimos en relación con su candidatura al puesto de Técnico/a de Reembolsos y Facturación Médica (ref. IB-5532).

Como consecuencia de la reorganización del área de Prestaciones, la compañía ha decidido cancelar esta posición, que no se cubrirá en 2026. Por este motivo, damos por finalizado el proceso de selección y su candidatura queda cerrada.

Agradecemos sinceramente el tiempo que nos ha dedicado. Le animamos a consultar nuestro portal de empleo, donde publicamos las nuevas vacantes.

Atentamente,
Selección y Desarrollo
Ibersalud Seguros
""",
    layout="html", look="ats", brand="Ibersalud Seguros", accent="#b91c1c",
    charset="utf-8", cte="b64",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="rejection", slug="blueharbor_more_closely_matches", lang="en",
    company="BlueHarbor Insurance Services", contact=RACHEL[1],
    key="bh_no", parent="bh_thanks", date="2026-08-05 14:33", tz="pt",
    frm=RACHEL,
    subject="RE: Thank you - panel interview 22 July",
    text="""\
Dear Renata,

Thank you for your kind note after the panel, and for travelling to Lisbon to meet us.

We have now completed all the interviews for the Medical Claims Coder role. The panel was impressed by your customer focus, but we have decided to move forward with candidates whose experience more closely matches the coding side of the role, in particular hands-on work with CPT codes in a US claims environment.

I know this is disappointing news after the effort you put in. If you would like more detailed feedback, I'm happy to arrange a short call.

Kind regards,
Rachel Osei
Talent Acquisition Partner | BlueHarbor Insurance Services

""" + outlook("en", f"{CAND_NAME} <{CAND_ADDR}>", "Thursday, July 23, 2026 8:47 AM",
              f"{RACHEL[0]} <{RACHEL[1]}>", "Thank you - panel interview 22 July",
              THANKS_BLUEHARBOR),
    layout="alt", look="word", charset="utf-8", cte="qp",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")])

add(kind="rejection", slug="cascais_workable_process_completed", lang="en",
    company="Cascais Dental Partners", contact="",
    key="cd_no", date="2026-10-01 09:00", tz="utc",
    frm=("Cascais Dental Partners", "noreply@workablemail.com"),
    subject="Your application to Cascais Dental Partners",
    text="""\
Hi Renata,

Thank you for your interest in the Insurance & Billing Coordinator position at Cascais Dental Partners.

As we were not able to hold the interview we had planned, we have now completed the process with other candidates, and your application will not go further for this role.

We wish you all the best with your search.

Cascais Dental Partners Hiring Team

Sent via Workable
""",
    layout="plain", charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="rejection", slug="atlas_closing_application", lang="en",
    company="Atlas Health Outsourcing", contact=PRIYA[1],
    key="at_no", parent="at_miss", date="2026-10-16 16:10", tz="eu",
    frm=PRIYA,
    subject="Your Billing Analyst application",
    text="""\
Dear Renata,

I wrote to you last Friday after the assessment centre. As we have not heard back from you, I am closing your application for the Billing Analyst (Spanish) programme, and we will not be offering you a place at the November session.

Should you wish to apply to Atlas Health Outsourcing again in the future, you are very welcome to do so.

Best regards,
Priya Natarajan
Early Careers Recruiter | Atlas Health Outsourcing
""",
    layout="plain", charset="us-ascii", cte="7bit")

add(kind="rejection", slug="saintclement_letter_pdf", lang="fr",
    company="Centre hospitalier Saint-Clément", contact=NATHALIE[1],
    key="sc_no", parent="sc_cancel", date="2026-07-15 11:36", tz="eu",
    frm=NATHALIE,
    subject="Votre candidature au poste de technicien(ne) d'information médicale",
    subj_cs="iso-8859-1/B",
    text="""\
Madame,

Je reviens vers vous comme convenu au sujet du poste de technicien(ne) d'information médicale.

Le jury s'est finalement réuni le 9 juillet sur dossiers. Il a retenu des candidatures présentant une expérience plus longue du codage PMSI dans un établissement de santé français ; nous ne pouvons donc pas donner une suite favorable à la vôtre, et l'entretien reporté n'aura pas lieu.

Vous trouverez ci-joint le courrier officiel de réponse. Avec votre accord, nous conservons votre dossier pour de prochains recrutements au DIM.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Nathalie Roux
Chargée de recrutement - DRH
Centre hospitalier Saint-Clément
""",
    layout="plain", charset="iso-8859-1", cte="qp",
    attach=[{"type": "pdf", "filename": "Courrier_reponse_candidature.pdf",
             "title": "Réponse à candidature - CH Saint-Clément",
             "lines": ["CENTRE HOSPITALIER SAINT-CLÉMENT - Direction des ressources humaines",
                       "180 avenue des Moulins, 34080 Montpellier",
                       "Montpellier, le 15 juillet 2026",
                       "Madame Renata Vogelsang-Ibáñez",
                       "Objet : votre candidature - technicien(ne) d'information médicale",
                       "Madame, nous avons le regret de vous informer que votre candidature",
                       "n'a pas été retenue à l'issue de l'examen des dossiers par le jury.",
                       "La Directrice des ressources humaines"]}])

add(kind="rejection", slug="mutuelle_garrigue_taleo", lang="fr",
    company="Mutuelle Garrigue", contact="",
    key="mg_no", parent="mg_ack", date="2026-07-30 06:40", tz="utc",
    frm=("Mutuelle Garrigue - Recrutement", "no-reply@taleo.net"),
    subject="Votre candidature - Gestionnaire prestations santé H/F (Réf. MG-2026-118)",
    subj_cs="iso-8859-1/Q",
    text="""\
Madame,

Nous vous remercions de l'intérêt que vous avez manifesté pour la Mutuelle Garrigue et pour le poste de Gestionnaire prestations santé H/F.

Après un examen attentif de votre dossier, nous avons le regret de vous informer que votre profil n'a pas été retenu pour la suite du processus. Le poste requiert en effet une maîtrise approfondie de la réglementation française des contrats responsables et du tiers payant, qui ne correspond pas encore à votre parcours.

Nous vous souhaitons plein succès dans vos démarches.

Le service Recrutement
Mutuelle Garrigue
""",
    layout="alt", look="ats", brand="Mutuelle Garrigue", accent="#65a30d",
    charset="iso-8859-1", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="rejection", slug="bornheim_terse_reply", lang="de",
    company="Praxisverbund Bornheim", contact="m.roth@praxisverbund-bornheim.example.de",
    key="pb_no", parent="pb_apply", date="2026-06-25 12:03", tz="eu",
    frm=("Martina Roth", "m.roth@praxisverbund-bornheim.example.de"),
    subject="AW: Bewerbung als Abrechnungskraft – Renata Vogelsang-Ibáñez", subj_cs="utf-8/Q",
    text="""\
Hallo Frau Vogelsang-Ibáñez,

danke für Ihre Bewerbung. Wir haben die Stelle inzwischen vergeben. Alles Gute!

Gruß
M. Roth
Praxismanagement · Praxisverbund Bornheim
Berger Straße 210, 60385 Frankfurt

""" + quote(APPLY_BORNHEIM, f"Am 04.06.2026 um 21:14 schrieb {CAND_NAME} <{CAND_ADDR}>:"),
    layout="plain", charset="utf-8", cte="8bit")

add(kind="rejection", slug="belem_greenhouse_not_progress", lang="en",
    company="Belém Care Analytics", contact="",
    date="2026-05-06 15:50", tz="utc",
    frm=("Belém Care Analytics", "no-reply@us.greenhouse-mail.io"), name_cs="iso-8859-1/Q",
    subject="Your application to Belém Care Analytics", subj_cs="iso-8859-1/Q",
    text="""\
Dear Renata,

Thank you for taking the time to apply for the Medical Coding Associate position at Belém Care Analytics.

We have now reviewed your application carefully. While your background is interesting, we have chosen not to progress your application to the interview stage on this occasion, as we are looking for certified coders (CPC or CCS) for this team.

We will keep your details on file and may reach out if a suitable opportunity arises in the future.

Kind regards,
Talent Team
Belém Care Analytics
""",
    layout="alt", look="ats", brand="Belém Care Analytics", accent="#0e7490",
    charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="rejection", slug="brightsmile_casual_heads_up", lang="en",
    company="BrightSmile Dental Group", contact="tom@brightsmile.example.pt",
    date="2026-06-11 18:27", tz="pt",
    frm=("Tom Ashworth", "tom@brightsmile.example.pt"),
    subject="quick update",
    text="""\
Hey Renata,

Quick one from me - thanks again for the chat last week, really enjoyed it. Bad news though: we're not going to take things further for the billing & front desk role. In the end we went with someone who's already used our booking and billing system at another clinic, so she can hit the ground running.

Shame, because you'd have been fun to work with. If you end up in Lisbon anyway, ping me and we'll grab a coffee.

Cheers,
Tom

Tom Ashworth
Clinic Manager, BrightSmile Dental Group - Chiado
""",
    layout="plain", charset="us-ascii", cte="7bit")

add(kind="rejection", slug="orbis_workday_filled", lang="en",
    company="Orbis Claims Europe", contact="",
    date="2026-09-08 11:02", tz="utc",
    frm=("Orbis Claims Europe", "orbisclaims@myworkday.com"),
    subject="Update on your application: Claims Billing Specialist (JR-2291)",
    text="""\
Dear Renata Vogelsang-Ibáñez,

Thank you for your interest in the Claims Billing Specialist (JR-2291) position at Orbis Claims Europe in Frankfurt am Main.

After careful consideration, we regret to inform you that we will not be moving your application forward. The position has been filled.

Your candidate profile remains active, and you can continue to apply for other roles on our careers site.

Sincerely,
Orbis Claims Europe Talent Acquisition
""",
    layout="html", look="ats", brand="Orbis Claims Europe", accent="#1f2937",
    charset="utf-8", cte="b64",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="rejection", slug="sonrisa_billing_outsourced", lang="es",
    company="Grupo Sonrisa Turia", contact=VICENTE[1],
    key="st_no", parent="st_cancel", date="2026-03-26 13:10", tz="eu",
    frm=VICENTE, name_cs="iso-8859-1/Q",
    subject="Proceso de administrativo/a de facturación – Grupo Sonrisa Turia",
    subj_cs="windows-1252/Q",
    text="""\
Buenos días, Renata:

Tal como le prometí, vuelvo a escribirle sobre el puesto de facturación y seguros dentales.

Mientras Noelia estaba de baja, la dirección ha decidido externalizar la facturación a las aseguradoras a una empresa especializada a partir de mayo. Por ello, la vacante deja de existir y no vamos a retomar las entrevistas.

Siento que no hayamos llegado a conocernos. Guardaremos su currículum para futuras necesidades en nuestras clínicas de Valencia.

Un saludo,
Vicente Marí Tormo
Técnico de Personas · Grupo Sonrisa Turia
""",
    layout="plain", charset="windows-1252", cte="qp")

add(kind="rejection", slug="santafaz_outlook_quoting_thanks", lang="es",
    company="Policlínica Santa Faz", contact=LOLA[1],
    key="sf_no", parent="sf_thanks", date="2026-02-20 16:55", tz="eu",
    frm=LOLA,
    subject="RE: Gracias por la entrevista del lunes",
    text="""\
Hola Renata:

Gracias a ti por venir hasta Alicante y por tu mensaje, que me pareció muy amable.

Te escribo para contarte que finalmente he elegido a otra candidata para el puesto. Es alguien que ya ha trabajado en recepción aquí en Alicante con las mismas mutuas que tenemos concertadas, y para nosotros eso pesaba mucho. No ha sido una decisión fácil: tu experiencia con aseguradoras me gustó y se nota que te organizas muy bien.

Te deseo mucha suerte en el cambio hacia facturación y codificación; estoy convencida de que encontrarás tu sitio.

Un abrazo,
Lola Berenguer
Gerente - Policlínica Santa Faz

""" + outlook("es", f"{CAND_NAME} <{CAND_ADDR}>", "martes, 10 de febrero de 2026 9:12",
              f"{LOLA[0]} <{LOLA[1]}>", "Gracias por la entrevista del lunes", """\
Buenos días, Lola:

Muchas gracias por recibirme ayer y por enseñarme la recepción y el programa de citas. Me quedé con muchas ganas de formar parte del equipo, y lo que me contó de las mutuas concertadas encaja muy bien con lo que hacía en Monterrey.

Quedo a la espera de sus noticias.

Un saludo,
Renata"""),
    layout="alt", look="word", charset="windows-1252", cte="qp",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")])

add(kind="rejection", slug="huerta_exclusion_bolsa", lang="es",
    company="Hospital Virgen de la Huerta", contact=ENCARNA[1],
    key="vh_no", parent="vh_miss", date="2026-06-05 12:00", tz="eu",
    frm=ENCARNA, name_cs="utf-8/B",
    subject="Resolución: exclusión de la bolsa de codificación (expediente 2026/0417)",
    subj_cs="iso-8859-1/B",
    text="""\
Estimada Sra. Vogelsang-Ibáñez:

Transcurrido el plazo de tres días hábiles sin que se haya recibido justificación de su ausencia a la prueba práctica del 19 de mayo, la comisión de selección ha acordado excluirla de la bolsa de trabajo de personal administrativo con perfil de codificación, de acuerdo con la base sexta de la convocatoria.

Contra este acuerdo puede interponer recurso de alzada ante la Dirección Gerencia en el plazo de un mes.

Podrá presentar una nueva solicitud cuando se abra el próximo periodo de inscripción, previsto para enero de 2027.

Atentamente,

Encarnación Ruiz Manzanera
Unidad de Selección y Provisión - Recursos Humanos
Hospital Virgen de la Huerta
""",
    layout="plain", charset="iso-8859-1", cte="b64")

add(kind="rejection", slug="retiro_relays_sanaris_no", lang="es",
    company="Sanaris Clínicas", contact=BEATRIZ[1],
    key="rs_no", parent="rs_miss", date="2026-07-08 19:20", tz="eu",
    frm=BEATRIZ,
    subject="Sanaris Clínicas: decisión final", subj_cs="utf-8/B",
    text="""\
Hola Renata:

Gracias por llamarme y por explicarme lo de la invitación de Teams que te llegó con la hora de Canarias; se lo trasladé todo a Cristina Aldana con detalle.

Por desgracia, Sanaris ha preferido no reprogramar. Tenían ya dos finalistas entrevistadas y han cerrado el proceso con una de ellas esta misma semana, de modo que no seguirán adelante contigo en esta búsqueda.

Sé que es frustrante, más aún por un fallo técnico. Yo sigo contando contigo para otros procesos en Levante: tengo uno en Alicante que te encajaría y te lo cuento la semana que viene.

Un abrazo,
Beatriz Solana
Socia · Retiro Search Partners
M. +34 629 77 18 40
""",
    layout="alt", look="word", charset="windows-1252", cte="qp")

add(kind="rejection", slug="flexiempleo_client_unnamed", lang="es",
    company="Flexiempleo", contact=SANDRA[1],
    key="fx_no", parent="fx_reg", date="2026-04-14 11:31", tz="eu",
    frm=SANDRA,
    subject="Sobre la vacante de admisión en clínica (Madrid)",
    text="""\
Hola Renata:

Te escribo sobre la vacante de auxiliar administrativa de admisión y facturación para la clínica de Chamberí que te presenté hace dos semanas.

El cliente me ha confirmado esta mañana que se queda con otra persona que podía hacer el turno de tarde, así que contigo no continúan.

No lo tomes como algo personal: tu perfil les pareció bueno. Sigo buscando opciones para ti, sobre todo en teletrabajo, que es lo que más te encaja ahora mismo desde Valencia.

Un saludo,
Sandra Olmedo
Consultora · Flexiempleo Madrid-Chamartín
Tel. 91 383 20 64
""",
    layout="plain", charset="utf-8", cte="qp")

add(kind="rejection", slug="marinabaixa_hired_meanwhile", lang="es",
    company="Clínica Oftalmológica Marina Baixa", contact=ROSA[1],
    key="mbx_no", parent="mbx_miss", date="2026-08-26 09:47", tz="eu",
    frm=ROSA,
    subject="Re: Llamada de las 11:00",
    text="""\
Renata, te escribo solo para cerrar el tema: mientras yo estaba de vacaciones, mi jefa entrevistó a las otras dos candidatas y ya ha contratado a una de ellas, que empieza el 1 de septiembre. Lo siento, con los horarios no pudimos cuadrar.

Suerte con todo,
Rosa

""" + quote(MISSED_MARINA, wrote("es", "mié, 12 ago 2026 a las 11:24", ROSA[0], ROSA[1])),
    layout="plain", charset="utf-8", cte="8bit")

add(kind="rejection", slug="turia_billing_personio_soft", lang="es",
    company="Facturación Sanitaria del Turia", contact="",
    date="2026-03-18 10:25", tz="utc",
    frm=("Facturación Sanitaria del Turia", "no-reply@personio.de"), name_cs="iso-8859-1/Q",
    subject="Tu candidatura en Facturación Sanitaria del Turia", subj_cs="iso-8859-1/B",
    text="""\
Hola Renata:

Queremos agradecerte el interés por formar parte de nuestro equipo y el tiempo que has dedicado a tu candidatura para el puesto de Técnica/o de Facturación a Mutuas.

Después de analizar todas las candidaturas, hemos decidido seguir adelante con perfiles cuya experiencia se ajusta más a lo que necesitamos en este momento, sobre todo en la facturación a mutuas de accidentes de trabajo.

Te deseamos lo mejor en tu búsqueda.

Un saludo,
Equipo de Personas
Facturación Sanitaria del Turia
""",
    layout="alt", look="ats", brand="Facturación Sanitaria del Turia", accent="#a16207",
    charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="rejection", slug="huertana_terse_cp1252", lang="es",
    company="Seguros La Huertana", contact="gines.martinez@segurosmhuertana.example.es",
    date="2026-05-27 13:58", tz="eu",
    frm=("Ginés Martínez", "gines.martinez@segurosmhuertana.example.es"),
    name_cs="windows-1252/Q",
    subject="RE: Candidatura tramitador/a de siniestros de salud",
    text="""\
Buenas, Renata.

Le agradezco el CV, pero el puesto lo hemos dado ya. Buscábamos a alguien de la zona con experiencia en siniestros. Si sale algo más adelante ya le diré.

Un saludo,
Ginés Martínez
Jefe de Siniestros – Seguros La Huertana
Gran Vía 15, 30004 Murcia
""",
    layout="plain", charset="windows-1252", cte="8bit")

add(kind="rejection", slug="alicante_centro_frozen", lang="es",
    company="Grupo Dental Alicante Centro", contact="marisa.soler@dentalalicantecentro.example.es",
    date="2026-07-20 10:14", tz="eu",
    frm=("Marisa Soler", "marisa.soler@dentalalicantecentro.example.es"),
    subject="Proceso de coordinadora de facturación: lo paramos",
    text="""\
Hola Renata:

Te escribo para que no te quedes esperando. El grupo ha revisado el presupuesto del segundo semestre y la dirección ha decidido congelar la contratación de la coordinadora de facturación hasta 2027. No vamos a seguir con las entrevistas finales.

Lamento de verdad darte esta noticia después de la primera entrevista, que fue muy bien. Si la plaza se reactiva, serás de las primeras personas a las que llame.

Un saludo,
Marisa Soler
Directora de Operaciones
Grupo Dental Alicante Centro
Calle de Pintor Lorenzo Casanova 12, 03003 Alicante
""",
    layout="alt", look="simple", charset="iso-8859-1", cte="qp")

add(kind="rejection", slug="callmed_recruitee_weekends", lang="es",
    company="CallMed Soluciones", contact="",
    date="2026-02-12 16:20", tz="utc",
    frm=("CallMed Soluciones", "no-reply@jobs.recruitee.com"),
    subject="Actualización de tu candidatura – Agente de Facturación Sanitaria",
    subj_cs="utf-8/Q",
    text="""\
Hola Renata,

Gracias por tu interés en CallMed Soluciones y por postularte como Agente de Facturación Sanitaria (campaña aseguradoras) en Murcia.

Hemos revisado con atención tu perfil. En esta ocasión no vamos a avanzar con tu candidatura: el servicio requiere disponibilidad para turnos rotativos los fines de semana y, según indicaste en el formulario, solo puedes trabajar de lunes a viernes.

Te animamos a seguir atenta a nuestras vacantes; abrimos procesos con horario de oficina varias veces al año.

Saludos,
Equipo de Reclutamiento
CallMed Soluciones

--- Resumen de tu postulación ---
Puesto: Agente de Facturación Sanitaria (campaña aseguradoras)
Disponibilidad: lunes a viernes, mañana o tarde
Fecha de postulación: 2 de febrero de 2026
""",
    layout="plain", charset="utf-8", cte="b64",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="rejection", slug="mutua_levantina_successfactors", lang="es",
    company="Mutua Levantina", contact="",
    date="2026-10-13 07:45", tz="utc",
    frm=("Mutua Levantina", "no-reply@successfactors.eu"),
    subject="Información sobre su solicitud - Gestor/a administrativo/a de prestaciones",
    subj_cs="iso-8859-1/Q",
    text="""\
Estimada Renata:

En relación con su solicitud para el puesto de Gestor/a administrativo/a de prestaciones en nuestra sede de Valencia, le informamos de que el proceso de selección ha concluido.

Tras estudiar con detenimiento su historial, lamentamos comunicarle que no ha sido posible incluirla entre las personas finalistas. Hemos recibido un número muy elevado de candidaturas con experiencia directa en mutuas colaboradoras con la Seguridad Social.

Le agradecemos la confianza depositada en Mutua Levantina y le deseamos éxito en su carrera profesional.

Atentamente,
Departamento de Personas
Mutua Levantina
""",
    layout="html", look="ats", brand="Mutua Levantina", accent="#15803d",
    charset="iso-8859-1", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])
