"""Corpus 349: everything else (kind other): Iñigo's own mail, auto-replies, newsletters and
job alerts, and traps that use job words about parcels, podcasts, flats, doctors and friends."""

from __future__ import annotations

from msgs349_common import CAND, M, Spec, list_headers

OTH = "other"
MAITE = "Maite Etxeberria <maite.etxeberria@kutxaberdea.example.es>"
IKER = "Iker Goikoetxea <iker.goikoetxea@itsasmendi.example.es>"
LUCIA = "Lucía Ferrer <lucia.ferrer@pagoflux.example.com>"
OWN_SIG = "\nIñigo Zubizarreta Lowe\n+34 6XX XXX 214\nDonostia / San Sebastián\n"
FE_LIST = list_headers("FinanEmpleo Alertas <alertas.finanempleo.example.es>",
                       "https://www.finanempleo.example.es/baja?u=iz77")

SPECS: list[Spec] = [
    # ================================ Iñigo's own mail =====================================
    M("kb_conf", OTH, "es", "2026-01-28 08:31 +0100", CAND,
      "RE: Entrevista - Analista de Prevención de Blanqueo (PBC/FT)", """
Buenos días, Maite:

Muchas gracias por la convocatoria. Confirmo mi asistencia el martes 10 de febrero a las
9:30 en Boulevard Kalea 12.

Un saludo,
""" + OWN_SIG, to=MAITE, parent="kb_inv", quote="es"),

    M("kb_thanks", OTH, "es", "2026-02-12 19:20 +0100", CAND,
      "Agradecimiento - entrevista Analista PBC/FT", """
Hola Maite:

Quería agradeceros a Jaime y a ti el tiempo de esta mañana. Me gustó mucho conocer cómo
trabaja la Unidad de PBC/FT y, sobre todo, el proyecto de revisión de alertas que me
comentasteis. Me sigue pareciendo un puesto ideal para dar el paso desde la red de oficinas.

Quedo a vuestra disposición para lo que necesitéis.

Un saludo,
""" + OWN_SIG, to=MAITE, parent="kb_move", charset="iso-8859-1", cte="quoted-printable"),

    M("pf_thanks", OTH, "en", "2026-03-02 18:05 +0100", CAND,
      "Thank you - panel interview today", """
Hi Daniel,

Thank you for the conversation this afternoon, and please pass my thanks on to Paula as well.
I really enjoyed working through the merchant onboarding case; it made me even more excited
about the role.

Best regards,
Iñigo
""", to="Daniel Okafor <daniel.okafor@pagoflux.example.com>", cc=LUCIA, cte="7bit"),

    M("pf_counter", OTH, "es", "2026-03-14 11:48 +0100", CAND,
      "Re: ¡Queremos que te unas a Pagoflux!", """
¡Hola Lucía!

Muchísimas gracias por la oferta, me hace mucha ilusión. Antes de darte una respuesta
definitiva, ¿habría margen para revisar el salario fijo? Con el traslado a Madrid, una cifra
en torno a 37.000 € me permitiría tomar la decisión con tranquilidad. También me ayudaría
poder teletrabajar alguna semana desde Donostia.

Un abrazo,
Iñigo
""", to=LUCIA, parent="pf_verbal", quote="es"),

    M("pf_decline", OTH, "es", "2026-03-30 21:10 +0200", CAND,
      "Re: Contrato para firma - Pagoflux", """
Hola Nerea, hola Lucía:

Os escribo con pena: después de pensarlo mucho he decidido no aceptar la oferta de Pagoflux.
He recibido una propuesta de una aseguradora en Bilbao que me permite quedarme cerca de mi
familia, y creo que ahora mismo es lo más sensato.

Os agradezco de verdad el trato durante todo el proceso. Ojalá nos crucemos más adelante.

Un abrazo,
Iñigo
""", to="Nerea Sola <nerea.sola@pagoflux.example.com>", cc=LUCIA, parent="pf_contract",
      quote="es", form="alt"),

    M("im_thanks", OTH, "es", "2026-03-06 18:40 +0100", CAND,
      "Gracias por la entrevista", """
Hola Iker:

Te escribo solo para dar las gracias a Arantza y a ti por la entrevista de esta tarde. Me
quedo con muchas ganas de seguir en el proceso.

Un saludo,
Iñigo
""", to=IKER, parent="im_move", charset="windows-1252", cte="8bit"),

    M("im_accept", OTH, "es", "2026-04-08 09:05 +0200", CAND,
      "Aceptación oferta - contrato", """
Hola Iker:

Tras revisar la carta con calma, te confirmo que acepto la oferta para el puesto de
Técnico de Cumplimiento Normativo con incorporación el 4 de mayo.

Dime qué documentación necesitáis por mi parte.

Un saludo,
""" + OWN_SIG, to=IKER, parent="im_offer", quote="outlook"),

    M("bk_req", OTH, "en", "2026-03-18 22:14 +0100", CAND,
      "Assessment Centre 2 April - request to change date", """
Dear Aoife,

Thank you very much for the invitation, I'm delighted to have been selected.

Unfortunately, 2 April is Holy Thursday and I already have a family commitment in San
Sebastián that I cannot move. Would it be possible to attend a later assessment centre date?
I'm completely flexible the following week.

Apologies for the inconvenience, and thanks in advance.

Kind regards,
Iñigo Zubizarreta Lowe
""", to="Aoife Brennan <aoife.brennan@brightmoor.example.ie>", parent="bk_ac", quote="en"),

    M("ek_sorry", OTH, "es", "2026-04-16 13:02 +0200", CAND,
      "Disculpas por la videollamada del jueves", """
Hola Ane:

Te pido mil disculpas. Tenía apuntada la videollamada a las 10:00 del jueves que viene, no de
hoy; ha sido un despiste mío con el calendario. Sigo muy interesado en el puesto.

Esta semana y la que viene tengo libres todas las mañanas.

Un saludo y perdón de nuevo,
Iñigo
""", to="Ane Urrutia <ane.urrutia@elkarlan.example.es>", parent="ek_missed", quote="es"),

    M("bg_sorry", OTH, "fr", "2026-04-08 08:20 +0200", CAND,
      "RE: Entretien manqué du 7 avril", """
Bonjour Madame Dubos,

Je vous prie de m'excuser pour hier : mon téléphone est resté sans réseau dans le train entre
Hendaye et Bordeaux et je n'ai vu votre message qu'en fin de matinée.

Je reste très intéressé par le poste et suis disponible toute la semaine prochaine.

Bien cordialement,
Iñigo Zubizarreta Lowe
""", to="Claire Dubos <claire.dubos@banquegaronne.example.fr>", parent="bg_missed",
      quote="fr", charset="iso-8859-1", cte="quoted-printable"),

    M("txingudi_ask", OTH, "es", "2026-10-06 10:10 +0200", CAND,
      "Estado de mi candidatura - Analista de Cumplimiento", """
Buenos días:

Me pongo en contacto con ustedes para preguntar por el estado del proceso de Analista de
Cumplimiento. Tras la entrevista telefónica que recuperamos a finales de septiembre no he
vuelto a tener noticias.

Muchas gracias de antemano.

Atentamente,
Iñigo Zubizarreta Lowe
""", to="Marta Irigoien <seleccion@segurostxingudi.example.es>",
      parent="txingudi_missed"),

    M("md_apply", OTH, "es", "2026-03-09 22:30 +0100", CAND,
      "Candidatura Técnico de Cumplimiento", """
Estimado Sr. Ansola:

Le escribo para presentar mi candidatura a la vacante de Técnico de Cumplimiento publicada en
la web de Mutua Deusto. Llevo nueve años como gestor en banca minorista, donde me he ocupado
de la diligencia debida de clientes y de la comunicación de operaciones sospechosas, y acabo
de terminar el curso de Experto en Prevención del Blanqueo de Capitales.

Adjunto mi CV y una carta de presentación.

Atentamente,
Iñigo Zubizarreta Lowe
""", to="Jon Ansola <jansola@mutuadeusto.example.es>",
      pdfs=[("CV_Inigo_Zubizarreta.pdf", ["Iñigo Zubizarreta Lowe", "Gestor comercial, banca",
                                           "Experto en PBC/FT (2026)"]),
            ("Carta_presentacion.pdf", ["Carta de presentacion - Mutua Deusto"])]),

    M("roemerberg_apply", OTH, "de", "2026-04-28 20:15 +0200", CAND,
      "Bewerbung als Compliance Referent (m/w/d) - Kennziffer RV-2026-41", """
Sehr geehrte Frau Krüger,

hiermit bewerbe ich mich auf die ausgeschriebene Stelle als Compliance Referent (m/w/d). Seit
neun Jahren arbeite ich in einer Sparkasse in San Sebastián und habe mich zuletzt auf
Geldwäscheprävention spezialisiert. Meine Deutschkenntnisse (B2) vertiefe ich derzeit.

Meine Unterlagen finden Sie im Anhang. Über eine Einladung zu einem Gespräch freue ich mich.

Mit freundlichen Grüßen
Iñigo Zubizarreta Lowe
""", to="Sabine Krüger <sabine.krueger@roemerberg-vers.example.de>",
      pdfs=[("Lebenslauf_Zubizarreta.pdf", ["Lebenslauf - Iñigo Zubizarreta Lowe"])],
      charset="iso-8859-1", cte="quoted-printable"),

    M("ga_question", OTH, "fr", "2026-09-14 19:45 +0200", CAND,
      "RE: Proposition d'embauche - Analyste conformité", """
Bonjour Mathilde,

Merci beaucoup pour cette proposition, qui me fait très plaisir. Avant de vous répondre
définitivement, pourriez-vous me préciser le nombre de jours de télétravail possibles par
semaine ? J'habite pour l'instant à Saint-Sébastien.

Bien cordialement,
Iñigo
""", to="Mathilde Roussel <mathilde.roussel@assurances-garonne.example.fr>",
      parent="ga_offer", quote="fr", form="alt"),

    M("own_fwd_partner", OTH, "es", "2026-03-12 10:40 +0100", CAND,
      "Fwd: ¡Queremos que te unas a Pagoflux!", """
Mira lo que me ha llegado. ¿Lo hablamos esta noche con calma? Lo de Madrid me da vértigo.

Besos,
I.
""", to="Laura Arregi <laura.arregi@example.es>",
      fwd=M("pf_verbal_copy", OTH, "es", "2026-03-12 10:05 +0100", LUCIA,
            "¡Queremos que te unas a Pagoflux!", """
¡Hola Iñigo!

Como te conté ayer por teléfono, ¡el equipo quiere contar contigo como AML & Compliance
Analyst! En los próximos días Daniel te mandará la carta de oferta formal.

¡Un abrazo!
Lucía
""")),

    # ================================ auto-replies ===========================================
    M("ooo_garazi", OTH, "es", "2026-08-10 09:00 +0200",
      "Garazi Olano | Talento Norte <garazi.olano@talentonorte.example.es>",
      "Respuesta automática: Disponibilidad septiembre", """
Hola,

Estoy de vacaciones hasta el 24 de agosto, con acceso limitado al correo. Para cualquier
asunto urgente sobre procesos de selección puedes escribir a info@talentonorte.example.es.

Gracias,
Garazi Olano
""", contact="garazi.olano@talentonorte.example.es",
      headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

    M("ooo_callum", OTH, "en", "2026-08-03 14:22 +0100",
      "Callum Ward <callum.ward@haldenward.example.co.uk>",
      "Automatic reply: Dodder offer - a couple of questions", """
Thanks for your email. I'm out of the office until Monday 10 August with no access to email.
For anything urgent please contact my colleague Priya Shah (priya.shah@haldenward.example.co.uk).

Callum Ward
Halden Ward Search
""", contact="callum.ward@haldenward.example.co.uk",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

    M("ooo_hannah", OTH, "de", "2026-08-04 08:01 +0200",
      "Hannah Weber <hannah.weber@taunuspay.example.de>",
      "Abwesenheitsnotiz: Rückfrage zum Vertragsangebot", """
Hallo,

vielen Dank für deine Nachricht. Ich bin bis einschließlich 14. August im Urlaub. Deine
E-Mail wird nicht weitergeleitet. In dringenden Fällen wende dich bitte an
people@taunuspay.example.de.

Viele Grüße
Hannah Weber
""", contact="hannah.weber@taunuspay.example.de", subj_cs="utf-8-q",
      headers={"Auto-Submitted": "auto-replied"}, charset="iso-8859-1", cte="8bit"),

    # ============================ newsletters and job alerts ================================
    M("fe_alert1", OTH, "es", "2026-02-16 07:00 +0100",
      "FinanEmpleo Alertas <alertas@finanempleo.example.es>",
      "12 nuevas ofertas: cumplimiento normativo en Gipuzkoa", """
Hola Iñigo, estas son las nuevas ofertas para tu alerta "cumplimiento normativo":

1. Analista PBC/FT - Banco Urumea - Donostia
2. Técnico/a KYC - Caja Larraun - Pamplona
3. Compliance Officer - Fintech - Remoto
... y 9 más.

Consejo de la semana: ¿te han rechazado en una entrevista? No lo tomes como algo personal;
pide feedback y prepárate la siguiente. Lamentablemente, el 70 % de los candidatos nunca lo
pide.

Darse de baja de esta alerta: https://www.finanempleo.example.es/baja?u=iz77
""", form="alt", brand="FinanEmpleo", color="#0a7d5a", headers=FE_LIST),

    M("fe_news", OTH, "es", "2026-05-05 08:30 +0200",
      "Revista FinanEmpleo <newsletter@finanempleo.example.es>",
      "Cómo superar el rechazo + 7 preguntas de entrevista en Compliance", """
EN ESTE NÚMERO

- Cómo superar el rechazo tras una entrevista final (y qué aprender de él)
- Las 7 preguntas que siempre te harán en una entrevista de Compliance
- "Lamentablemente no ha sido seleccionado": qué significa realmente ese correo
- Oferta de empleo vs. contrato: lo que debes revisar antes de firmar

Recibes este boletín porque estás suscrito a la Revista FinanEmpleo.
""", form="html", brand="Revista FinanEmpleo", color="#0a7d5a",
      headers=list_headers("Revista FinanEmpleo <revista.finanempleo.example.es>",
                           "mailto:baja@finanempleo.example.es")),

    M("fe_viewed", OTH, "es", "2026-06-09 12:00 +0200",
      "FinanEmpleo <no-reply@finanempleo.example.es>",
      "Una empresa ha visto tu perfil", """
Hola Iñigo,

¡Buenas noticias! Una empresa del sector Seguros ha visitado tu perfil esta semana.

Completa tu perfil al 100 % para aumentar tus posibilidades de recibir una invitación a
entrevista.

El equipo de FinanEmpleo
""", form="alt", brand="FinanEmpleo", color="#0a7d5a", headers=FE_LIST),

    M("apc_news", OTH, "es", "2026-09-02 09:15 +0200",
      "Asociación Vasca de Cumplimiento <boletin@avcumplimiento.example.es>",
      "Boletín septiembre: jornada PBC/FT y nuevas guías del SEPBLAC", """
Estimado/a asociado/a:

- Jornada "PBC/FT en entidades de pago", 8 de octubre, Bilbao. Inscripción abierta.
- Resumen de las nuevas orientaciones del SEPBLAC sobre titularidad real.
- Bolsa de empleo: 4 ofertas nuevas para asociados.

Si no desea recibir más comunicaciones, responda con BAJA.
""", headers=list_headers("Boletin AVC <boletin.avcumplimiento.example.es>",
                          "mailto:boletin-baja@avcumplimiento.example.es"),
      charset="iso-8859-1", cte="quoted-printable"),

    M("careerloop_alert", OTH, "en", "2026-04-06 06:45 +0100",
      "CareerLoop Jobs <jobs-noreply@careerloop.example.com>",
      "Your weekly job matches: AML Analyst in Dublin", """
Hi Iñigo,

Here are this week's top matches for "AML Analyst" near Dublin:

* Financial Crime Analyst - Liffey Payments - Dublin 4
* KYC Analyst - Kirchberg Custody - Luxembourg
* Transaction Monitoring Associate - Grand Canal Bank - Dublin 2

Tip: Rejection is part of the process. Unfortunately most applicants give up after five
rejections - the ones who get the interview invitation keep going.

Manage alerts | Unsubscribe
""", form="alt", brand="CareerLoop", color="#0066ff",
      headers=list_headers("CareerLoop weekly <weekly.careerloop.example.com>",
                           "https://careerloop.example.com/unsub/iz")),

    M("finanzjobs_news", OTH, "de", "2026-06-22 07:30 +0200",
      "Finanzjobs Rhein-Main <newsletter@finanzjobs-rm.example.de>",
      "Newsletter: Absage erhalten? So geht es weiter", """
Liebe Leserinnen und Leser,

in dieser Ausgabe:

- Absage nach dem Vorstellungsgespräch: Was Sie jetzt tun sollten
- Einladung zum Interview - die 10 häufigsten Fragen bei Banken
- Gehaltsreport Compliance 2026 für Frankfurt

Neue Stellen: 48 Angebote im Bereich Geldwäscheprävention.

Abmelden: https://finanzjobs-rm.example.de/abmelden
""", form="alt", headers=list_headers("Finanzjobs Rhein-Main <news.finanzjobs-rm.example.de>",
                                      "https://finanzjobs-rm.example.de/abmelden"),
      charset="iso-8859-1", cte="quoted-printable", subj_cs="iso-8859-1-q"),

    M("cj_alert1", OTH, "fr", "2026-03-16 06:00 +0100",
      "ConformitéJobs <alertes@conformitejobs.example.fr>",
      "Vos nouvelles offres : conformité LCB-FT - Nouvelle-Aquitaine", """
Bonjour,

5 nouvelles offres correspondent à votre alerte :

- Chargé(e) de conformité LCB-FT - Banque Garonne Atlantique - Bordeaux
- Analyste conformité (H/F) - Assureur - Bordeaux-Lac
- Contrôleur interne - Mutuelle - Pau

Le conseil de la semaine : un entretien raté ou un refus n'est pas un échec. Malheureusement,
beaucoup de candidats abandonnent trop tôt.

Se désabonner : https://conformitejobs.example.fr/desabonnement
""", form="alt", brand="ConformitéJobs", color="#1d3557",
      headers=list_headers("ConformiteJobs alertes <alertes.conformitejobs.example.fr>",
                           "https://conformitejobs.example.fr/desabonnement"),
      name_cs="utf-8-q", subj_cs="utf-8-q"),

    M("cj_alert2", OTH, "fr", "2026-07-20 06:00 +0200",
      "ConformitéJobs <alertes@conformitejobs.example.fr>",
      "Offres de la semaine : Luxembourg et Bordeaux", """
Bonjour,

Cette semaine : 8 offres en conformité et LCB-FT.

- Analyste KYC - Banque privée - Luxembourg
- Analyste conformité crypto-actifs - Coinlux - Luxembourg
- Gestionnaire conformité - Mutuelle des Chartrons - Bordeaux

À lire : "Invitation à un entretien : comment bien répondre au recruteur".

Se désabonner : https://conformitejobs.example.fr/desabonnement
""", form="html", brand="ConformitéJobs", color="#1d3557",
      headers=list_headers("ConformiteJobs alertes <alertes.conformitejobs.example.fr>",
                           "https://conformitejobs.example.fr/desabonnement"),
      name_cs="iso-8859-1-q"),

    M("webinar_en", OTH, "en", "2026-05-18 15:00 +0100",
      "FinCrime Forum Events <events@fincrimeforum.example.org>",
      "Invitation: Webinar - Breaking into AML from the branch network", """
Dear Iñigo,

You're invited to our free webinar on Thursday 28 May at 17:00 (Irish time):
"Breaking into AML from the branch network - career changers share their stories".

Speakers include two MLROs who will run mock interview questions live.

Register: https://fincrimeforum.example.org/events/2805

You are receiving this because you attended a FinCrime Forum event.
""", form="alt", headers=list_headers("FinCrime Forum <events.fincrimeforum.example.org>",
                                      "https://fincrimeforum.example.org/unsubscribe")),

    # ====================================== traps ===========================================
    M("course_refused_es", OTH, "es", "2026-01-20 13:00 +0100",
      "Secretaría Académica - Instituto Foral de Estudios Financieros "
      "<secretaria@ifef.example.es>",
      "Resolución de admisión - Máster en Cumplimiento Normativo", """
Estimado/a Iñigo Zubizarreta Lowe:

Le comunicamos que, una vez resuelto el proceso de admisión al Máster en Cumplimiento
Normativo (edición 2026-2027), su solicitud no ha obtenido plaza. Ha quedado en la posición 14
de la lista de espera.

Si se produjeran renuncias, nos pondríamos en contacto con usted.

Secretaría Académica
""", charset="iso-8859-1", cte="8bit"),

    M("course_refused_fr", OTH, "fr", "2026-06-26 11:00 +0200",
      "Formation continue - Université de Bordeaux-Sud <fc@u-bordeaux-sud.example.fr>",
      "Votre candidature au DU Lutte anti-blanchiment", """
Madame, Monsieur,

Nous avons le regret de vous informer que votre candidature au Diplôme d'université « Lutte
contre le blanchiment et conformité » n'a pas été retenue par la commission pédagogique pour
la rentrée 2026, faute de places disponibles.

Vous pourrez candidater de nouveau lors de la prochaine campagne.

Le service de formation continue
""", charset="windows-1252", cte="quoted-printable"),

    M("deutschkurs", OTH, "de", "2026-02-23 10:30 +0100",
      "Sprachschule Mainhattan <kurse@sprachschule-mainhattan.example.de>",
      "Ihre Anmeldung: Deutsch B2 Intensiv (Online)", """
Guten Tag Herr Zubizarreta,

leider müssen wir Ihnen mitteilen, dass der Kurs Deutsch B2 Intensiv (Online, ab 2. März)
bereits ausgebucht ist. Wir konnten Ihnen keinen Platz zuweisen.

Gern setzen wir Sie auf die Warteliste oder buchen Sie für den Aprilkurs ein.

Mit freundlichen Grüßen
Ihr Team der Sprachschule Mainhattan
""", contact="kurse@sprachschule-mainhattan.example.de", charset="iso-8859-1",
      cte="quoted-printable"),

    M("podcast", OTH, "en", "2026-05-07 13:25 +0100",
      "Orla Quinn <orla@careerpivotpodcast.example.com>",
      "Interview invitation - Career Pivot podcast", """
Hi Iñigo,

I host Career Pivot, a small podcast about people changing careers in their thirties. A
listener pointed me to your LinkedIn post about moving from branch banking into AML.

Would you be up for being interviewed for an episode? It's a relaxed 40-minute conversation
over Zoom, recorded whenever suits you in June.

All the best,
Orla Quinn
Career Pivot podcast
""", contact="orla@careerpivotpodcast.example.com"),

    M("radio_kontxa", OTH, "es", "2026-06-30 12:40 +0200",
      "Amaia Sarasola - Radio Kontxa <amaia.sarasola@radiokontxa.example.es>",
      "Entrevista en el programa 'Lanean' del jueves", """
Hola Iñigo:

Soy Amaia, productora del magacín "Lanean" de Radio Kontxa. El jueves dedicamos el programa a
las personas que cambian de profesión y nos encantaría entrevistarte en directo unos diez
minutos, por teléfono, hacia las 12:15.

¿Te animas? Solo necesitamos un número de contacto.

Un saludo,
Amaia Sarasola
Radio Kontxa
""", contact="amaia.sarasola@radiokontxa.example.es", charset="windows-1252", cte="8bit"),

    M("press_de", OTH, "de", "2026-07-15 09:10 +0200",
      "Felix Brandt <f.brandt@mainpost-wirtschaft.example.de>",
      "Interviewanfrage: Quereinsteiger in der Compliance", """
Hallo Herr Zubizarreta,

ich schreibe für das Wirtschaftsressort der Main-Post Wirtschaft einen Artikel über
Quereinsteiger in der Finanz-Compliance. Eine Kollegin hat mir Ihren Namen genannt.

Hätten Sie Zeit für ein kurzes Interview am Telefon (20 Minuten) in den nächsten zwei Wochen?

Beste Grüße
Felix Brandt
Redakteur
""", contact="f.brandt@mainpost-wirtschaft.example.de", form="alt"),

    M("user_research_en", OTH, "en", "2026-04-27 16:00 +0100",
      "CareerLoop Research <research@careerloop.example.com>",
      "Quick interview? Help us improve job alerts (EUR 25 voucher)", """
Hi Iñigo,

We're looking for job seekers to take part in a 30-minute user research interview about how
you use CareerLoop job alerts. As a thank-you, you'll receive a EUR 25 voucher.

Book a slot here: https://careerloop.example.com/research/book

Thanks,
The CareerLoop Research team
""", form="html", brand="CareerLoop Research", color="#0066ff"),

    M("user_research_fr", OTH, "fr", "2026-05-19 10:00 +0200",
      "Banque Côte Basque - Études clients <etudes@cotebasque-banque.example.fr>",
      "Entretien utilisateur : 20 minutes pour améliorer notre application", """
Bonjour,

En tant que client de la Banque Côte Basque, vous êtes invité à participer à un entretien
utilisateur de 20 minutes, en visioconférence, pour nous aider à améliorer notre application
mobile.

Choisissez votre créneau : https://cotebasque-banque.example.fr/etudes/rdv

Merci pour votre participation !
""", form="alt", name_cs="utf-8-b", subj_cs="utf-8-b"),

    M("parcel_es", OTH, "es", "2026-03-25 15:20 +0100",
      "Envíos Txuri <avisos@enviostxuri.example.es>",
      "Lamentablemente tu paquete lleva retraso", """
Hola Iñigo,

Lamentablemente tu envío 48TX2231907 lleva retraso por una incidencia en el centro de
Vitoria. La nueva fecha estimada de entrega es el viernes 27 de marzo.

Sentimos las molestias. Puedes seguir tu pedido en https://enviostxuri.example.es/s/48TX

Envíos Txuri
""", form="html", brand="Envíos Txuri", color="#e30613"),

    M("parcel_de", OTH, "de", "2026-04-30 18:05 +0200",
      "Paketblitz <noreply@paketblitz.example.de>",
      "Leider verzögert sich Ihre Sendung", """
Hallo,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 2290 um einen Tag. Die neue
Zustellung ist für morgen zwischen 10:00 und 14:00 Uhr geplant.

Wir bitten um Entschuldigung.
Ihr Paketblitz-Team
""", form="alt", brand="Paketblitz", color="#ffcc00"),

    M("bank_position", OTH, "es", "2026-01-31 07:10 +0100",
      "Banca Digital Kutxa Berdea <avisos@kutxaberdea.example.es>",
      "Tu posición global a 31/01/2026", """
Hola Iñigo:

Ya puedes consultar tu posición global a 31 de enero en la banca digital:

Cuentas: 8.412,33 €
Tarjetas: -612,10 €
Fondos de inversión: 3.105,00 €

Este es un mensaje automático, por favor no respondas.
""", form="html", brand="Kutxa Berdea · Banca Digital", color="#1b7a3e", cte="base64"),

    M("gps_tracker", OTH, "en", "2026-09-19 20:12 +0100",
      "TrackTag <alerts@tracktag.example.com>",
      "Position update: your bike left the safe zone", """
Hi Iñigo,

Your TrackTag "Bike" reported a new position at 20:11: Paseo de la Zurriola, San Sebastián.
It has left the safe zone "Home".

View position on map: https://tracktag.example.com/t/88a1

TrackTag
""", form="alt"),

    M("landlord_madrid", OTH, "es", "2026-03-13 20:40 +0100",
      "Rocío Navas <rocio.navas.pisos@example.com>",
      "Visita al piso de la calle Ponzano", """
Hola Iñigo:

Te confirmo la visita al piso de Ponzano 41, 3.º izquierda, el sábado a las 11:00. Si no
puedes venir avísame con tiempo, que tengo más interesados. Trae si puedes la última nómina.

Un saludo,
Rocío
""", contact="rocio.navas.pisos@example.com"),

    M("landlord_frankfurt", OTH, "de", "2026-08-05 12:30 +0200",
      "Ulrike Heßler <ulrike.hessler@example.de>",
      "Besichtigungstermin Wohnung Bornheim", """
Hallo Herr Zubizarreta,

gern können Sie die 2-Zimmer-Wohnung in der Berger Straße am Samstag, 8. August, um 10:30 Uhr
besichtigen. Bitte bringen Sie eine Gehaltsbescheinigung und eine Schufa-Auskunft mit,
falls vorhanden.

Leider kann ich den Termin nicht verschieben, da weitere Interessenten kommen.

Freundliche Grüße
Ulrike Heßler
""", contact="ulrike.hessler@example.de", name_cs="utf-8-q", charset="utf-8", cte="8bit"),

    M("doctor_gros", OTH, "es", "2026-02-18 09:00 +0100",
      "Centro de Salud Gros - Citas <citas@csgros.example.es>",
      "Recordatorio de cita", """
Le recordamos su cita:

Paciente: IÑIGO ZUBIZARRETA LOWE
Profesional: Dra. Itziar Aranburu (Medicina de Familia)
Fecha: 20/02/2026 a las 08:40
Lugar: Centro de Salud Gros, consulta 12

Si no puede acudir, anule la cita para que otra persona pueda utilizarla.
""", charset="iso-8859-1", cte="quoted-printable"),

    M("dentist_amara", OTH, "es", "2026-05-25 17:30 +0200",
      "Clínica Dental Amara <recepcion@dentalamara.example.es>",
      "Cambio de su cita del jueves", """
Buenas tardes, Iñigo:

Por un imprevisto de la doctora, tenemos que cambiar su cita de revisión del jueves 28 a las
18:00. Le proponemos el martes 2 de junio a las 17:30. Si no le viene bien, llámenos al
943 000 778.

Un saludo,
Recepción - Clínica Dental Amara
""", contact="recepcion@dentalamara.example.es", name_cs="iso-8859-1-q"),

    M("doctolib_hendaye", OTH, "fr", "2026-07-03 08:00 +0200",
      "RDV Santé <no-reply@rdvsante.example.fr>",
      "Rappel : votre rendez-vous demain à Hendaye", """
Bonjour Iñigo Zubizarreta Lowe,

Nous vous rappelons votre rendez-vous :

Dr Pascale Etcheverry - Ophtalmologue
Samedi 4 juillet 2026 à 9h15
12 boulevard du Général Leclerc, 64700 Hendaye

En cas d'empêchement, merci d'annuler votre rendez-vous au moins 24 h à l'avance.
""", form="html", brand="RDV Santé", color="#107aca"),

    M("friend_ander", OTH, "es", "2026-04-09 22:50 +0200",
      "Ander Garmendia <ander.garmendia@example.com>",
      "Me han dicho que no los de Urumea", """
Aupa Iñigo,

Te cuento: al final los de Banco Urumea me han rechazado para lo de Riesgos, con el típico
correo de "lamentablemente hemos decidido continuar con otros candidatos". Me ha sentado
fatal, la verdad, después de tres entrevistas.

¿Tú cómo vas con lo tuyo? A ver si quedamos el sábado para unos pintxos y nos desahogamos.

Ander
""", contact="ander.garmendia@example.com"),

    M("friend_tobias_fwd", OTH, "de", "2026-06-08 21:15 +0200",
      "Tobias Lehmann <tobias.lehmann@example.de>",
      "WG: Einladung zum Vorstellungsgespräch - bitte mal drüberschauen", """
Hi Iñigo,

schau mal, ich habe eine Einladung zum Vorstellungsgespräch bei der Mainufer Bank bekommen
(für mich, nicht für dich, keine Sorge). Du hast dich doch auch mit KYC beschäftigt: hast du
Tipps, was die da fragen könnten?

Danke dir und bis bald in Frankfurt!
Tobias
""", contact="tobias.lehmann@example.de",
      fwd=M("tobias_inner", OTH, "de", "2026-06-08 10:00 +0200",
            "Mainufer Bank <noreply@softgarden.io>",
            "Einladung zum Vorstellungsgespräch - Spezialist KYC (m/w/d)", """
Sehr geehrter Herr Lehmann,

wir freuen uns, Sie zu einem Vorstellungsgespräch am 15. Juni 2026 um 10:00 Uhr einladen zu
dürfen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Mainufer Bank
""", to="Tobias Lehmann <tobias.lehmann@example.de>")),

    M("friend_camille", OTH, "fr", "2026-09-06 19:30 +0200",
      "Camille Duhart <camille.duhart@example.fr>",
      "Des nouvelles de Bordeaux", """
Salut Iñigo,

Petit point de mon côté : j'ai eu mon entretien final chez la Banque Garonne mardi, et hier
ils m'ont envoyé un refus poli (« nous ne donnerons pas suite »...). Bref, je continue.

Et toi, tu as des nouvelles de l'assureur de Bordeaux-Lac ? Tiens-moi au courant !

Bises,
Camille
""", contact="camille.duhart@example.fr", charset="iso-8859-1", cte="8bit"),

    M("headhunter_quayside", OTH, "en", "2026-02-02 11:30 +0000",
      "Declan Moore <declan.moore@quaysidetalent.example.ie>",
      "Exploring AML opportunities in Dublin?", """
Hi Iñigo,

I came across your profile and noticed your move towards AML and compliance. I work
exclusively with financial-services clients in Dublin and often have openings for analysts
coming from retail banking.

No specific role to share right now, but I'd be happy to have an informal chat about the
market if that's useful.

Best regards,
Declan Moore
Senior Recruiter, Quayside Talent
""", contact="declan.moore@quaysidetalent.example.ie", form="alt"),

    M("headhunter_bilbao", OTH, "es", "2026-07-22 09:45 +0200",
      "Iñaki Beristain <iberistain@bilbaoexecutive.example.es>",
      "Presentación - Bilbao Executive Search", """
Hola Iñigo:

Me llamo Iñaki Beristain y dirijo la práctica de Riesgos y Cumplimiento de Bilbao Executive
Search. He visto tu perfil y me gustaría presentarme, por si en algún momento te planteas un
cambio.

Ahora mismo no tengo ninguna posición concreta para ti, pero me encantaría conocerte para
tenerte en el radar.

Un saludo,
Iñaki Beristain
Bilbao Executive Search
""", contact="iberistain@bilbaoexecutive.example.es", name_cs="utf-8-b"),

    M("headhunter_de", OTH, "de", "2026-10-12 10:20 +0200",
      "Marc Odenwald <m.odenwald@odenwald-executive.example.de>",
      "Kurze Vorstellung - Odenwald Executive", """
Guten Tag Herr Zubizarreta,

als Personalberater mit Schwerpunkt Banken und Zahlungsdienste in Frankfurt bin ich auf Ihr
Profil aufmerksam geworden. Aktuell habe ich kein konkretes Mandat für Sie, würde Sie aber
gern in meinem Netzwerk aufnehmen.

Hätten Sie Interesse an einem unverbindlichen Austausch?

Mit besten Grüßen
Marc Odenwald
Odenwald Executive
""", contact="m.odenwald@odenwald-executive.example.de", charset="iso-8859-1",
      cte="quoted-printable"),

    M("im_onboarding", OTH, "es", "2026-04-29 12:00 +0200",
      "Itsasmendi Seguros - Acogida <acogida@itsasmendi.example.es>",
      "Bienvenida: información para tu primer día", """
Hola Iñigo:

¡Bienvenido a Itsasmendi Seguros! El lunes 4 de mayo te esperamos a las 8:30 en la recepción
de Plaza Euskadi 5. Trae tu DNI y el número de cuenta para la nómina.

Tu agenda de la primera semana:
- Lunes: acogida y entrega de equipo
- Martes: formación en protección de datos
- Miércoles a viernes: acompañamiento en el área de Cumplimiento Normativo

Equipo de Acogida
""", form="alt", brand="Itsasmendi Seguros", color="#004b87"),

    M("sc_gdpr", OTH, "es", "2026-08-27 10:00 +0200",
      "Selecciona Cantábrico <privacidad@seleccionacantabrico.example.es>",
      "Actualiza tus datos en nuestra base de candidatos", """
Estimado/a candidato/a:

Han pasado varios meses desde su último proceso con nosotros. Conforme al RGPD, le
solicitamos que confirme si desea que sigamos conservando su CV en nuestra base de datos.

Confirmar: https://seleccionacantabrico.example.es/rgpd/confirmar
Eliminar mis datos: https://seleccionacantabrico.example.es/rgpd/eliminar
""", charset="iso-8859-1", cte="quoted-printable", headers={"Precedence": "bulk"}),
]
