"""`other` mail: digests, newsletters, press and research interviews, parcels, appointments,
friends, auto-replies and the candidate's own messages. Nothing here is a job event for her."""

from __future__ import annotations

from msgs327_common import M, Spec, own


def bulk(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


def auto_reply() -> list[tuple[str, str]]:
    return [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


def o(ident: str, lang: str, date: str, frm: tuple[str | None, str], subject: str, body: str,
      **extra: object) -> Spec:
    return M(ident, "other", lang, date, frm, subject, body, **extra)


MAYA = ("Maya Chauhan", "maya.chauhan@example.com")
CLAIRE = ("Claire Dubois", "claire.dubois@example.fr")
CARMEN = ("Carmen Ruiz Vidal", "carmenrv@example.es")

ENGLISH: list[Spec] = [
    o("jobpulse", "en", "2026-01-20 06:00 +0000",
      ("JobPulse Alerts", "alerts@jobpulse.example.com"),
      "14 new jobs for 'demand planner' near Leicester", """
Hi Priyanka,

Here are today's new jobs matching your alert "demand planner" within 40 miles of Leicester.

Demand Planner - Oakfield Beverages, Loughborough - GBP 34,000 - 36,000
Quick apply. Interview process: two stages, usually within 2 weeks.

Junior Supply Planner - Castlegate Home, Nottingham - GBP 30,000
"Unfortunately we can only respond to shortlisted candidates."

Inventory Analyst - Lime Street Logistics, Coventry - GBP 32,500

Career tip of the week: Don't let a rejection knock your confidence - most successful career
changers hear "no" many times before they hear "yes". Read our guide to interview follow-ups.

You are receiving this email because you created a job alert on JobPulse.
Unsubscribe: https://jobpulse.example.com/alerts/unsubscribe?u=88213
""", form="alt", brand="JobPulse", colour="#e65100",
      headers=bulk("JobPulse job alerts <alerts.jobpulse.example.com>",
                   "https://jobpulse.example.com/alerts/unsubscribe?u=88213")),
    o("planningdesk", "en", "2026-03-19 07:30 +0000",
      ("The Planning Desk", "newsletter@planningdesk.example.com"),
      "The Planning Desk #112: the interview questions every demand planner gets", """
THE PLANNING DESK - weekly notes for supply chain and demand planning people

In this issue
1. The five interview questions every demand planner gets asked (and how to answer them)
2. Reader story: "After 40 applications and one very polite rejection, I finally landed
   my first planning role"
3. Forecast accuracy: why MAPE is not the whole story
4. Events: S&OP Forum, Manchester, 14 May - unfortunately now sold out; join the waiting list

Thanks for reading. Forward this to a colleague who plans things.

You are subscribed as priyanka.r@example.co.uk. Manage preferences or unsubscribe at
https://planningdesk.example.com/u/112
""", form="html", brand="The Planning Desk", colour="#263238",
      headers=bulk("<weekly.planningdesk.example.com>", "https://planningdesk.example.com/u/112")),
    o("podcast", "en", "2026-02-12 19:22 +0000",
      ("Owen Blake", "owen@shopfloorstories.example.com"),
      "Podcast interview? Shop Floor Stories", """
Hi Priyanka,

I host Shop Floor Stories, a small podcast about people who run shops and what they learn
along the way. A friend of mine who works in your area manager's team said you've turned
round two Leicester stores and are now moving into planning - which sounds like a great
episode!

Would you be up for a 40-minute recorded interview some time in March? It's very relaxed,
done over Zoom, and I send the questions in advance.

Cheers,
Owen Blake
Shop Floor Stories
"""),
    o("radio", "en", "2026-04-02 11:35 +0100",
      ("Radio Soar Newsdesk", "newsdesk@radiosoar.example.co.uk"),
      "Interview request - Breakfast show, Tuesday", """
Hello Priyanka,

I'm a producer on the Radio Soar breakfast show. We're covering the future of Leicester's
high street next week and we'd love to interview you live by phone about what store
managers are seeing at the moment - footfall, staffing, all of it.

The slot would be Tuesday 7 April around 07:40, for about five minutes. Could you let us
know by Friday if you're able to take part?

Many thanks,
Rachel Moss
Producer, Radio Soar Breakfast
"""),
    o("research", "en", "2026-05-06 13:00 +0100",
      ("HireHub Research", "research@hirehub.example.com"),
      "Take part in a 30-min research interview (GBP 25 voucher)", """
Hi Priyanka,

We're improving the way HireHub shows application updates and we'd love to hear from job
seekers like you. Join one of our user-research interviews: 30 minutes on video, where we
show you some new designs and ask what you think.

As a thank-you, you'll receive a GBP 25 shopping voucher.

Book a slot that suits you: https://hirehub.example.com/research/book

Thanks for helping us build a better job search,
The HireHub Research team
""", form="alt", brand="HireHub", colour="#5e35b1",
      headers=[("Precedence", "bulk")]),
    o("parcel", "en", "2026-03-03 15:02 +0000",
      ("SwiftDrop", "no-reply@swiftdrop.example.co.uk"),
      "Unfortunately your parcel is delayed", """
Hi Priyanka,

Unfortunately your parcel SD-88-2019-55 is delayed due to high volumes at our East Midlands
hub. We now expect to deliver it on Thursday 5 March between 10:00 and 14:00.

We're sorry for the inconvenience. You can change your delivery options in the SwiftDrop
app.

SwiftDrop
""", form="html", brand="SwiftDrop", colour="#d81b60"),
    o("bank", "en", "2026-04-30 05:10 +0100",
      ("Wyvern Bank", "alerts@wyvernbank.example.co.uk"),
      "Your account position at end of April", """
Dear Ms Raghunathan,

Your monthly account position is now available in online banking.

Current account ending 4417: balance GBP 2,318.42
Easy saver ending 0932: balance GBP 6,050.00

For your security we will never ask for your password by email.

Wyvern Bank
""", charset="iso-8859-1"),
    o("tracker", "en", "2026-07-04 23:41 +0100",
      ("TrackLoop", "notify@trackloop.example.com"), "Position update: 'Priyanka's bike'", """
Your tracker 'Priyanka's bike' has changed position.

Last position: 52.6301 N, 1.1310 W (near Granby Street, Leicester)
Time: 23:39
Battery: 64%

If you did not move the bike, open the TrackLoop app to alert your contacts.
"""),
    o("viewing", "en", "2026-08-12 10:15 +0100",
      ("Holly Barton", "holly@midshireslettings.example.co.uk"),
      "Viewing at Flat 2, 14 Hazel Road - rescheduled to Friday", """
Hi Priyanka,

Your landlord has asked us to carry out the periodic inspection and show the flat to a
prospective buyer. Unfortunately the viewing we arranged for Thursday has had to be moved;
it will now take place on Friday 14 August at 11:30. You don't need to be present.

Kind regards,
Holly Barton
Property Manager, Midshires Lettings, 9 Market Street, Leicester
"""),
    o("dentist", "en", "2026-06-24 09:00 +0100",
      ("Clarendon Dental Practice", "reception@clarendondental.example.co.uk"),
      "Appointment reminder - check-up on 1 July", """
Dear Priyanka,

This is a reminder of your appointment with Dr Patel on Wednesday 1 July at 08:30 at
Clarendon Dental Practice. If you need to reschedule or cancel, please give us at least 24
hours' notice on 0116 496 0412, otherwise a missed appointment fee may apply.

Clarendon Dental Practice
"""),
    o("friend_no", "en", "2026-05-09 21:48 +0100", MAYA, "didn't get it :(", """
Hey P,

Just heard back from the Hinckley DC job - they said no. "We have decided to move forward
with other candidates" etc etc. Gutted, I really thought the second interview went well.

Drinks on Friday? I need cheering up and you can tell me about all your interviews!

M x
"""),
    o("friend_fwd", "en", "2026-06-05 08:12 +0100", MAYA,
      "Fwd: Interview invitation - any tips??", """
Morning!

Look what came through - my first planning interview!! You've done loads of these now, any
tips? Especially the Excel task bit. Forwarding the email so you can see what they've asked.

M
""", forward=M("friend_fwd_inner", "other", "en", "2026-06-04 16:30 +0100",
               ("Ravi Dosanjh", "ravi.dosanjh@fosseway-distribution.example.co.uk"),
               "Interview invitation - Junior Supply Planner", """
Dear Maya,

Thank you for your application. We would like to invite you to an interview at our Enderby
site on Monday 15 June at 10:00, including a 20-minute Excel exercise.

Kind regards,
Ravi Dosanjh
Fosseway Distribution
""", to=[MAYA])),
    o("course_no", "en", "2026-07-21 12:00 +0100",
      ("ISP Admissions", "admissions@isp-planning.example.org"),
      "Your application for the Diploma in Supply Planning (September cohort)", """
Dear Priyanka,

Thank you for applying for the Diploma in Supply Planning, September 2026 cohort.

Unfortunately we are unable to offer you a place on this cohort, as it is now full. We have
added you to the waiting list and will automatically consider your application for the
January 2027 intake.

Admissions Office
Institute of Supply Planning
"""),
    o("headhunter", "en", "2026-09-14 08:50 +0100",
      ("Oliver Grant", "oliver.grant@northbridge-search.example.com"),
      "Demand planning opportunities - open to a conversation?", """
Hi Priyanka,

I came across your profile and your move from store management into planning caught my eye.
I work with a number of retailers and logistics businesses across the Midlands and the
North West that are building out their planning teams this year.

If you're open to hearing about opportunities now or in the future, it would be great to
connect. No pressure at all - just let me know if you'd like me to keep you in mind.

Best regards,
Oliver Grant
Principal Consultant, Northbridge Search
"""),
    own("own_cv", "2026-04-10 20:40 +0100", ("Dan Pike", "dan.pike@sterlingoak.example.co.uk"),
        "CV - Priyanka Raghunathan (replenishment / planning roles)", """
Hi Dan,

Thanks for the call today. As discussed, please find my updated CV attached. I'm happy for
you to put me forward for the Brindley Grocers replenishment role and for similar planning
roles in the East Midlands and Birmingham.

Best,
Priyanka
07700 900 552
""", attach=[("Priyanka_Raghunathan_CV.pdf", [
        "Priyanka Raghunathan - Curriculum Vitae", "",
        "Store Manager, Leicester (2019 - present)",
        "Stock, replenishment and markdown planning for a GBP 6m store",
        "Certificate in Demand Forecasting (2025)"])]),
    o("ooo", "en", "2026-07-10 07:05 +0100", ("Tom Aldridge", "tom.aldridge@corvana.example.co.uk"),
      "Automatic reply: Thank you - assessment day today", """
Thank you for your email. I'm on annual leave until Monday 13 July with no access to email.
For anything urgent please contact talent@corvana.example.co.uk.

Tom
""", parent="cv_thx", headers=auto_reply()),
    o("group_digest", "en", "2026-08-19 06:30 +0100",
      ("Planners' Circle", "planners-circle@groups.example.org"),
      "[Planners' Circle] Digest for 18 August - 4 messages", """
Today's topics:
1. Interview at a 3PL - what do they ask? (2 messages)
2. Rejection after final round - ask for feedback? (1 message)
3. Safety stock in fashion (1 message)

----------------------------------------------------------------------
1. Interview at a 3PL - what do they ask?
From: Sam K.
I've got a panel interview on Friday for a planner role at a 3PL. Any idea what to expect?

From: Lorna
Expect questions on capacity planning and service levels. Good luck!

2. Rejection after final round - ask for feedback?
From: Pete W.
Unfortunately I got a no after the final round today. Is it OK to ask for feedback?

----------------------------------------------------------------------
You received this digest because you are subscribed to Planners' Circle.
To unsubscribe, send an email to planners-circle+unsubscribe@groups.example.org
""", headers=bulk("Planners' Circle <planners-circle.groups.example.org>",
                  "mailto:planners-circle+unsubscribe@groups.example.org")),
    own("own_fwd", "2026-07-22 21:05 +0100", ("Anand Raghunathan", "anand.r@example.com"),
        "Fwd: Your offer of employment - Corvana Logistics", """
Hi Appa,

Here's the Corvana offer I told you about on the phone - could you have a look at the
salary and pension part before I reply? Do you think I should ask for a bit more?

Love,
Priya
""", forward=M("own_fwd_inner", "other", "en", "2026-07-22 09:15 +0100",
               ("Grace Whitlock", "grace.whitlock@corvana.example.co.uk"),
               "Your offer of employment - Corvana Logistics", """
Dear Priyanka,

Further to your conversation with Tom, I am pleased to attach your formal offer of
employment for the role of Demand Planner - Contract Logistics.

Kind regards,
Grace Whitlock
HR Business Partner, Corvana Logistics UK
""")),
    o("webinar", "en", "2026-09-29 12:00 +0100",
      ("Institute of Supply Planning", "events@isp-planning.example.org"),
      "You're invited: S&OP in practice - free members' webinar", """
Dear member,

You're invited to our free webinar "S&OP in practice: from spreadsheet to consensus plan" on
Thursday 8 October, 12:30 - 13:30 (UK time). Our panel includes planners from grocery,
fashion and 3PL logistics.

Register here: https://isp-planning.example.org/events/sop-practice

Institute of Supply Planning
""", form="alt", brand="Institute of Supply Planning", colour="#004d40",
      headers=bulk("<members.isp-planning.example.org>",
                   "https://isp-planning.example.org/preferences")),
]

GERMAN: list[Spec] = [
    o("jobletter", "de", "2026-02-09 06:15 +0100",
      ("JobKompass Jobletter", "jobletter@jobkompass.example.de"),
      "Ihr Jobletter: 9 neue Stellen als Disponent/in in Hamburg", """
Hallo Priyanka,

hier sind die neuesten Stellen zu Ihrem Suchauftrag „Disponent Hamburg":

• Disponent/in Frische (m/w/d) – Nordfrost Handel, Hamburg-Billbrook
• Supply Chain Planner (m/w/d) – Hafenmeister Logistik, Hamburg
• Bestandsmanager/in E-Commerce (m/w/d) – Elbshop Online, Hamburg

Karrieretipp: Eine Absage ist kein Urteil über Sie! So bereiten Sie sich auf das nächste
Vorstellungsgespräch vor – und leider machen viele Bewerber diese fünf Fehler.

Sie erhalten diese E-Mail, weil Sie einen Suchauftrag bei JobKompass angelegt haben.
Abmelden: https://jobkompass.example.de/abmelden
""", form="alt", brand="JobKompass", colour="#ff6f00",
      headers=bulk("<jobletter.jobkompass.example.de>", "https://jobkompass.example.de/abmelden")),
    o("paket_de", "de", "2026-05-27 14:25 +0200",
      ("Paketblitz", "noreply@paketblitz.example.de"), "Leider verzögert sich Ihre Sendung", """
Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1122 5567 aus Hamburg. Grund ist
ein erhöhtes Sendungsaufkommen im internationalen Verteilzentrum. Die neue voraussichtliche
Zustellung ist der 2. Juni.

Wir bitten um Ihr Verständnis.
Ihr Paketblitz-Team
""", charset="iso-8859-1", cte="quoted-printable"),
    o("besichtigung", "de", "2026-06-16 10:05 +0200",
      ("Hausverwaltung Kähler", "vermietung@kaehler-hv.example.de"),
      "Besichtigungstermin Wohnung Barmbek-Nord", """
Sehr geehrte Frau Raghunathan,

vielen Dank für Ihre Anfrage zur 2-Zimmer-Wohnung in der Fuhlsbüttler Straße. Gern laden wir
Sie zu einem Besichtigungstermin am Samstag, 20. Juni, um 12:30 Uhr ein. Leider ist eine
Besichtigung per Video nicht möglich.

Mit freundlichen Grüßen
Hausverwaltung Kähler
""", name_enc=("q", "utf-8")),
    o("abwesend", "de", "2026-05-14 17:21 +0200",
      ("Jana Petersen", "j.petersen@hollmann-frisch.example.de"),
      "Abwesenheitsnotiz: Thank you - interview today", """
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18. Mai nicht im Büro. Ihre E-Mail
wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
personal@hollmann-frisch.example.de.

Thank you for your message. I am out of the office until 18 May.

Jana Petersen
""", parent="ho_thx", headers=auto_reply()),
    o("sprachkurs", "de", "2026-03-26 09:40 +0100",
      ("Sprachschule Elbwort", "kurse@elbwort.example.de"),
      "Ihre Anmeldung: Deutsch B1 Online-Intensivkurs", """
Liebe Frau Raghunathan,

vielen Dank für Ihre Anmeldung zum Online-Intensivkurs Deutsch B1 ab dem 13. April. Leider
ist der Kurs bereits ausgebucht, und wir können Ihnen keinen Platz mehr anbieten. Gern
setzen wir Sie auf die Warteliste oder melden Sie für den Kurs im Juni an.

Herzliche Grüße
Ihr Team der Sprachschule Elbwort
""", charset="windows-1252", cte="8bit"),
    o("xing_like", "de", "2026-10-05 08:30 +0200",
      ("Henrike Falk", "h.falk@falk-executive.example.de"), "Kurze Kontaktanfrage", """
Hallo Frau Raghunathan,

ich bin Personalberaterin mit Schwerpunkt Handel und Logistik in Norddeutschland. Ihr Profil
mit dem Wechsel aus dem Filialmanagement in die Bedarfsplanung finde ich sehr spannend.

Wären Sie grundsätzlich offen dafür, gelegentlich über passende Positionen informiert zu
werden? Wenn ja, freue ich mich über eine kurze Antwort.

Viele Grüße
Henrike Falk
Falk Executive Search
"""),
]

FRENCH: list[Spec] = [
    o("lettre_emploi", "fr", "2026-02-26 07:00 +0100",
      ("La Lettre Supply Chain", "lettre@emploi-supplychain.example.fr"),
      "Offres de la semaine : planification et approvisionnement à Lyon", """
Bonjour,

Cette semaine, 11 nouvelles offres en planification à Lyon et en Auvergne-Rhône-Alpes :

- Demand planner H/F – Rhône Épicerie Fine, Vénissieux
- Approvisionneur H/F – Logistique des Monts, Saint-Priest
- Analyste stocks H/F – Textiles Croix-Rousse, Lyon 4e

Conseil de la semaine : comment rebondir après un refus ? Malheureusement, un entretien
raté arrive à tout le monde. Nos cinq astuces pour préparer le suivant.

Se désinscrire : https://emploi-supplychain.example.fr/desinscription
""", form="html", brand="La Lettre Supply Chain", colour="#1565c0",
      headers=bulk("<lettre.emploi-supplychain.example.fr>",
                   "https://emploi-supplychain.example.fr/desinscription")),
    o("colis_fr", "fr", "2026-04-23 09:12 +0200",
      ("Colis Express", "ne-pas-repondre@colisexpress.example.fr"),
      "Votre colis est retardé", """
Bonjour,

Malheureusement, votre colis n° CX 7781 2290 FR a pris du retard en raison d'un incident
sur notre plateforme de tri. Une nouvelle date de livraison vous sera communiquée sous 48
heures.

Nous vous prions de nous excuser pour ce désagrément.
Le service client Colis Express
""", charset="iso-8859-1", cte="8bit"),
    o("claire_no", "fr", "2026-06-03 22:10 +0200", CLAIRE, "Pas retenue...", """
Coucou Priyanka,

Petite nouvelle pas géniale : je n'ai pas été retenue pour le poste chez le transporteur dont
je t'avais parlé. Ils m'ont envoyé le mail classique « nous avons le regret de vous
informer… ». Bon, on continue !

Et toi, tu as eu des nouvelles de Lyon ? Raconte-moi.

Bises,
Claire
""", charset="windows-1252", cte="quoted-printable", subj_enc=("q", "windows-1252")),
    o("absence_fr", "fr", "2026-02-11 20:00 +0100",
      ("Théo Garnier", "theo.garnier@maisonverlaine.example.fr"),
      "Réponse automatique : Changement d'horaire – entretien de demain", """
Bonjour,

Je suis absent du bureau jusqu'au jeudi 12 février inclus, avec un accès limité à ma
messagerie. Je vous répondrai dès mon retour.

Cordialement,
Théo Garnier
""", headers=auto_reply(), name_enc=("b", "utf-8"), subj_enc=("b", "utf-8")),
    o("visite_lyon", "fr", "2026-05-08 11:30 +0200",
      ("Agence Saint-Jean Immobilier", "location@saintjean-immo.example.fr"),
      "Visite de l'appartement rue Vendôme", """
Madame,

Suite à votre demande, nous vous confirmons la visite virtuelle du T2 situé rue Vendôme
(Lyon 6e) le lundi 11 mai à 18h00. Un de nos conseillers vous appellera en visio.

Cordialement,
Agence Saint-Jean Immobilier
"""),
    o("formation_fr", "fr", "2026-09-01 08:00 +0200",
      ("Campus Logistique en ligne", "inscriptions@campus-logistique.example.fr"),
      "Votre demande d'inscription – Certificat Supply Chain Management", """
Madame Raghunathan,

Nous vous remercions pour votre demande d'inscription au certificat en ligne « Supply Chain
Management » (session d'octobre). Nous sommes au regret de vous informer que votre
inscription n'a pas pu être retenue, le nombre de places étant atteint.

Nous vous invitons à postuler pour la session de février.

Le service des inscriptions
""", form="alt", brand="Campus Logistique", colour="#6d4c41"),
]

LUCIA = ("Lucía Fernández", "lucia.fernandez@mercatto.example.es")

SPANISH: list[Spec] = [
    o("alertas", "es", "2026-04-27 07:05 +0200",
      ("EmpleoYa Alertas", "alertas@empleoya.example.es"),
      "Nuevas ofertas: planificador de demanda en Madrid", """
Hola Priyanka,

Estas son las nuevas ofertas que coinciden con tu alerta «planificador demanda Madrid»:

• Planificador/a de Demanda – Frutas del Jarama, Mercamadrid
• Analista de Aprovisionamiento – Logística Getafe Sur
• Supply Planner (inglés alto) – TiendaNube Iberia, Madrid

Consejo: ¿te han rechazado en una entrevista? Lamentablemente es habitual. Te contamos
cómo pedir feedback sin perder la motivación.

Para dejar de recibir estas alertas: https://empleoya.example.es/baja
""", form="alt", brand="EmpleoYa", colour="#2e7d32",
      headers=bulk("<alertas.empleoya.example.es>", "https://empleoya.example.es/baja")),
    o("pedido_es", "es", "2026-06-11 19:40 +0200",
      ("Tiendalia", "no-responder@tiendalia.example.es"),
      "Tu pedido se ha retrasado", """
Hola Priyanka:

Lamentablemente, tu pedido 402-7781190 se ha retrasado. El vendedor nos indica que saldrá
del almacén en los próximos tres días. Te avisaremos en cuanto esté en camino.

Sentimos las molestias.
Atención al cliente de Tiendalia
""", form="html", brand="Tiendalia", colour="#ef6c00"),
    o("piso_madrid", "es", "2026-06-05 12:15 +0200",
      ("Inmobiliaria Chamberí", "alquiler@inmochamberi.example.es"),
      "Visita al piso de la calle Fuencarral", """
Hola Priyanka:

Te confirmamos la visita por videollamada al piso de la calle Fuencarral el sábado a las
11:00. Por desgracia, el propietario no acepta mascotas, por si es relevante para ti.

Un saludo,
Inmobiliaria Chamberí
""", charset="iso-8859-1", cte="quoted-printable"),
    o("ooo_es", "es", "2026-06-24 16:30 +0200", LUCIA,
      "Respuesta automática: Actualización sobre tu candidatura en Mercatto", """
Hola,

Estoy fuera de la oficina hasta el 6 de julio. Durante mi ausencia no tendré acceso al
correo. Para cualquier tema urgente, escribe a talento@mercatto.example.es.

Gracias,
Lucía
""", headers=auto_reply()),
    o("carmen_no", "es", "2026-09-10 21:30 +0200", CARMEN, "Me han dicho que no", """
¡Hola, Priya!

Te cuento: al final no me han cogido en la empresa de logística de Alcalá. Me mandaron un
correo muy educado diciendo que «han decidido continuar con otros candidatos». Qué rabia,
después de tres entrevistas.

¿Cómo va tu nuevo trabajo en Nottingham? ¡Cuéntame!

Besos,
Carmen
""", charset="windows-1252", cte="8bit"),
    o("podcast_es", "es", "2026-03-30 10:00 +0200",
      ("Logística en Voz Alta", "hola@logisticavozalta.example.es"),
      "¿Te apetece una entrevista para nuestro podcast?", """
Hola Priyanka:

Somos el equipo de «Logística en Voz Alta», un podcast sobre cadena de suministro. Estamos
preparando un episodio sobre personas que pasan del comercio a la planificación y nos
encantaría entrevistarte (en inglés, lo subtitulamos).

Serían unos 30 minutos en remoto. ¿Te interesa?

Un saludo,
Iván y Elena
"""),
    o("curso_es", "es", "2026-08-31 09:00 +0200",
      ("Escuela de Logística Online", "admisiones@escuelalogistica.example.es"),
      "Solicitud de plaza – Curso de Planificación S&OP", """
Estimada Priyanka:

Gracias por tu interés en el Curso de Planificación S&OP. Lamentamos comunicarte que no hay
plazas disponibles para la edición de otoño, por lo que no podemos admitir tu solicitud en
esta convocatoria. Te avisaremos cuando abramos la matrícula de primavera.

Admisiones
Escuela de Logística Online
""", subj_enc=("q", "utf-8")),
    o("cazatalentos", "es", "2026-10-01 09:20 +0200",
      ("Beatriz Olmedo", "beatriz@olmedo-talent.example.es"),
      "Oportunidades en planificación – ¿hablamos algún día?", """
Hola Priyanka:

Soy consultora de selección especializada en logística y retail en España. He visto tu
trayectoria y creo que tu perfil puede encajar en procesos que gestionamos a menudo.

Si en algún momento te planteas un cambio, me encantaría tenerte en cuenta. Sin compromiso.

Saludos cordiales,
Beatriz Olmedo
Olmedo Talent
"""),
    o("boletin_es", "es", "2026-07-15 08:00 +0200",
      ("Asociación Española de Planificadores", "boletin@aep-planificacion.example.es"),
      "Boletín de julio: entrevistas, ferias y formación", """
BOLETÍN DE JULIO

• Entrevista del mes: la directora de supply chain de una cadena de moda nos cuenta cómo
  planifican la temporada.
• Feria de Logística de Madrid: inscripciones abiertas.
• Desgraciadamente, el taller de previsión de junio se canceló; nueva fecha en septiembre.

Darse de baja: https://aep-planificacion.example.es/baja
""", form="alt", brand="AEP", colour="#283593",
      headers=bulk("<boletin.aep-planificacion.example.es>",
                   "https://aep-planificacion.example.es/baja")),
    own("own_es", "2026-05-20 20:15 +0100", LUCIA,
        "Re: Entrevista con Mercatto – Demand Planner", """
Hola Lucía:

¡Muchas gracias por la invitación! Confirmo mi asistencia a la entrevista del jueves 28 de
mayo a las 12:00. Intentaré hacerla en español, aunque quizás cambie al inglés en algún
momento.

Un saludo,
Priyanka
""", lang="es", parent="me_invite", quote="es"),
]

SPECS: list[Spec] = ENGLISH + GERMAN + FRENCH + SPANISH
