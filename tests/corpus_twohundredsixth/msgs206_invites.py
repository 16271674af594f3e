"""Corpus 206, interview mail: 26 invitations (15 en, 4 de, 4 fr, 3 es), 15 reschedules or
cancellations (9 en, 2 de, 2 fr, 2 es) and 10 missed-interview notices (6 en, 2 de, 1 fr, 1 es).
"""

from __future__ import annotations

from msgs206_common import (
    ME,
    ME_NAME,
    ats_card,
    outlook_html,
    outlook_reply,
    reply,
    simple_html,
)
from msgs206_other import CORRIB_RESCHEDULE_ASK


def I(**spec: object) -> dict:  # noqa: E743
    spec["kind"] = "interview_invitation"
    return spec


def S(**spec: object) -> dict:
    spec["kind"] = "interview_reschedule_or_cancel"
    return spec


def M(**spec: object) -> dict:
    spec["kind"] = "missed_interview_notice"
    return spec


ORLA = ("Orla Keane", "orla.keane@lannfield.example.ie")
NIAMH = ("Niamh Farrell", "niamh.farrell@corribpay.example.ie")
MAURA = ("Maura O'Shea", "maura.oshea@sfuh.example.ie")
SINEAD = ("Sinéad Cotter", "sinead.cotter@harbourline.example.ie")
PRIYA = ("Priya Natarajan", "priya.natarajan@kestrelledger.example.co.uk")
CALLUM = ("Callum Reid", "callum.reid@thistlemutual.example.co.uk")
MAREIKE = ("Mareike Jansen", "mareike.jansen@spreewerk.example.de")
CLODAGH = ("Clodagh Hurley", "clodagh.hurley@mizenhealth.example.ie")
RUAIRI = ("Ruairí Tierney", "ruairi.tierney@healthdata.example.ie")
FIADH = ("Fiadh Ní Chonaill", "fiadh@claddaghtalent.example.ie")
KATRIN = ("Katrin Vogt", "katrin.vogt@nordlicht.example.de")
LUKAS = ("Lukas Brandt", "lukas.brandt@talentbruecke.example.de")
HEIKE = ("Heike Albrecht", "heike.albrecht@stadtwerke-spreetal.example.de")
MO = ("Mo Yilmaz", "mo@datenkueche.example.de")
INES = ("Inès Lefort", "ines.lefort@banque-solenne.example.fr")
CAMILLE = ("Camille Aubert", "camille.aubert@assurances-lumiere.example.fr")
JULIEN = ("Julien Marchetti", "j.marchetti@cabinet-veran.example.fr")
NATHALIE = ("Nathalie Girard", "nathalie.girard@univ-bercy.example.fr")
MARTA = ("Marta Quintana", "marta.quintana@segurosalcantara.example.es")
ALVARO = ("Álvaro Sanz", "alvaro.sanz@reclutalia.example.es")
LUCIA = ("Lucía Paredes", "lucia.paredes@hospitalensanche.example.es")
RORY = ("Rory Hegarty", "rory.hegarty@ardmorefintech.example.ie")
GER = ("Ger Twomey", "ger@shandonmetrics.example.ie")
HANNAH = ("Hannah Okafor", "hannah.okafor@quarrylane.example.co.uk")
JONAS = ("Jonas Pfeiffer", "jonas.pfeiffer@fahrwerk.example.de")

# ---------------------------------------------------------------- invitations, English

_i1 = """\
Hi Tadhg,

Thank you for applying for the Junior Data Analyst (Claims Insights) role. We enjoyed
reading your application and would like to invite you to interview.

When: Thursday 5 February, 10:00-10:45
Where: Lannfield House, Lapps Quay, Cork (ask for me at reception)
Panel: Declan Moloney (Claims Analytics Manager), Yvonne Hurley (Senior Analyst) and me

The first half hour is competency-based. For the last fifteen minutes we'll talk through
a small claims dataset, which I'll send you 48 hours beforehand; there's no need to
prepare slides.

Please accept the calendar invitation so I know the time suits, or reply and we'll find
another.

Kind regards,
Orla

Orla Keane
Talent Acquisition Partner
Lannfield Insurance DAC
Lannfield House, Lapps Quay, Cork T12 X9K4
+353 21 555 0142
"""

_i2 = """\
Hi Tadhg,

Thanks for applying to Corrib Pay! I'm the recruiter looking after the Junior Data
Analyst role and I'd love to set up a 30-minute phone screen so we can get to know each
other.

Please pick whichever slot suits you here:
https://app.greenhouse.io/scheduling/corribpay/4b7d21e0

We'll chat about your move from hospitality into data, what you're looking for, and
I'll tell you a bit more about the team and how the process works from there.

Talk soon,
Niamh Farrell
Talent Partner, Corrib Pay
"""

_i3 = """\
Hi Tadhg,

Lovely to speak on Thursday - as promised, here's the next step. You're invited to a
panel interview at our Galway office (Dock Road, beside the Spanish Arch car park).

Tuesday 10 March, 14:00-15:30
With: Dara Ó Cuív (Head of Data) and Kasia Nowak (Senior Analyst)

The first hour is a conversation about your experience and a couple of scenario
questions; after that Kasia will give you a short SQL exercise on a laptop. You won't
need to bring anything apart from yourself.

The calendar invite is attached; do let me know if the time is a problem.

Niamh
"""

_i4 = """\
Dear Mr Oyelaran-Weiss,

Data Analyst, Grade V - Campaign Ref. SFUH-0412

Further to your application for the above post, I am pleased to invite you to a
competency-based interview by telephone on Tuesday 14 April 2026 at 10:00 a.m.

A member of the interview board will telephone you on the mobile number given in your
application (087 555 0119). The interview will last approximately 30 minutes. Please
make sure you are somewhere quiet and can take the call at that time.

Your formal letter of invitation is attached. Please confirm your attendance by return
e-mail by Wednesday 8 April.

Yours sincerely,

Maura O'Shea
Recruitment Officer, HR Department
St Finbarr's University Hospital
Douglas Road, Cork T12 DC4A
Tel: 021 555 0620
"""

_i5 = """\
Hi Tadhg,

Great news - Dunmore Foods want to meet you for the Commercial Data Analyst job!

Friday 24 April at 11:30
Dunmore Foods head office, Unit 9, Raheen Business Park, Limerick
You'll meet Aidan Lynch (Commercial Finance Manager) and Gráinne from their BI team.

It's about an hour: half chat, half them showing you a few of their sales reports and
asking what you'd change. Dress is smart casual. I'll ring you Thursday evening to
prep, and if you get stuck on the way, my mobile is 086 555 0412.

Best of luck!
Sinéad

Sinéad Cotter
Recruitment Consultant, Harbourline Recruitment
South Mall, Cork | +353 21 555 0233
"""

_i6 = """\
Hi Tadhg,

Priya Natarajan from Kestrel Ledger has invited you to schedule a 45-minute video
interview for the Junior Data Analyst (Risk) role with Tom Whitcombe, Risk Analytics
Lead.

Choose a time that works for you:
https://app.ashbyhq.com/interview-scheduling/kestrelledger/6f3c9a

Times are shown in your local time zone. Once you've picked a slot, you'll receive a
calendar invitation with the video link.

If none of the times suit, just reply to this e-mail and Priya will help.

Kestrel Ledger Talent Team
"""

_i7 = """\
Dear Tadhg,

Congratulations – you’ve been shortlisted for the Thistle Mutual Graduate Data Analyst
assessment centre.

The assessment centre will run virtually on Thursday 28 May, 09:00–15:30 (UK time). The
day includes:

  • a 30-minute welcome briefing on Microsoft Teams at 09:00
  • a group case exercise with four other candidates
  • an Excel-based data exercise (90 minutes)
  • a 40-minute interview with two of our analytics managers

Please book your place by replying to this e-mail by 19 May. The Teams links will be
sent on the morning itself.

Kind regards,

Callum Reid
Early Careers Recruitment Adviser
Thistle Mutual | 1 Canongate Yards, Edinburgh EH8 8AB
T: +44 131 555 0187
"""

_i8 = """\
Hi Tadhg,

Thanks for chatting with us last week! We'd now like to invite you to a paid trial day
with our Pricing Analytics team.

Date: Thursday 20 August
Time: 10:00 – 16:00
Place: Spreewerk Commerce, Schlesische Straße 12, 10997 Berlin (3rd floor)

You'll sit with Anton and Bea, work on a small pricing question with real (anonymised)
data and present what you found in a relaxed 20 minutes at the end. Lunch is on us, and
the day is paid at our standard day rate.

Please confirm in the candidate portal or reply to this e-mail.

Best,
Mareike Jansen
Talent Acquisition, Spreewerk Commerce
"""

SHANDON_CHAT = """\
Hi Tadhg,

Ger here from Shandon Metrics. Aoife passed on your CV (she says you pull the best flat
white on Oliver Plunkett Street, high praise from her).

We're a team of six doing footfall analytics for shopping centres and we're looking for
a junior analyst. Are you free Thursday to chat? Nothing formal - come by the office on
Washington Street around 4 and we'll grab a coffee.

Ger
"""

QUARRY_INVITE = """\
Dear Tadhg,

Thank you for your application for the Junior Data Analyst position at Quarry Lane
Analytics.

I'm pleased to invite you to a first-round video interview on Tuesday 15 September at
14:00 (UK time) with Tom Ashworth, our Insights Manager. The interview will last around
45 minutes and will take place on Microsoft Teams; the joining link is below.

Join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_QL206

Please let me know by return that this time works for you.

Kind regards,

Hannah Okafor
Talent Partner | Quarry Lane Analytics
3rd Floor, 41 Quarry Lane, London SE1 2PT

Quarry Lane Analytics Ltd is registered in England and Wales, company no. 10928374.
This e-mail is confidential and intended for the named recipient only. If you are not
the intended recipient, please delete it and tell the sender; do not copy or forward it.
"""

_i11 = """\
Hi Tadhg,

Thanks for your application for Product Data Analyst at Fahrwerk Mobility - we'd like
to move you forward!

Our next step has two parts:
1. A take-home exercise on a sample of our scooter-trip data (please cap it at three
   hours). I'll send the files as soon as you confirm.
2. A one-hour interview where you present your findings to me and our product manager,
   Selin. We've pencilled this in for Friday 25 September at 15:00 CEST on Google Meet.

Reply to this e-mail to confirm, or suggest another time that week.

Best,
Jonas Pfeiffer
Analytics Lead, Fahrwerk Mobility
"""

_i12 = """\
Dear Tadhg,

Thank you for your application to the Glasmore Life Analyst Graduate Programme. We are
delighted to invite you to our virtual assessment centre.

Date: Thursday 19 March 2026
Time: 09:30 – 13:00 (Irish time)

The morning includes a supervised numerical reasoning test, a situational judgement
exercise and a 30-minute interview with one of our analytics managers.

Please confirm your attendance through your candidate portal by Monday 16 March. Joining
instructions will follow two days before the event.

Best regards,
Glasmore Life Early Careers
"""

_i13 = """\
Hi Tadhg,

I'm Clodagh, and I'm looking after the Junior Data Analyst (Member Insights) vacancy at
Mizen Health Insurance. Thank you for your application!

I'd like to set up a quick 20-minute phone call to go through your background and what
the role involves. Would Friday 19 June at 2pm work for you? If not, reply with a couple
of times that suit and I'll fit in around you.

Many thanks,
Clodagh Hurley
HR Business Partner, Mizen Health Insurance
"""

_i14 = """\
Dear Tadhg,

Competition: Data Analyst (Executive Officer grade), Ref. HDA-26-019

I am pleased to inform you that you have been shortlisted for interview for the above
competition. Your interview is scheduled as follows:

Date:  Wednesday 15 July 2026
Time:  11.15 a.m.
Venue: Health Data Agency, Block C, Abbey Court, Dublin 1

The interview will be competency-based and will last approximately 40 minutes. Please
bring photographic ID and the originals of the qualifications listed in your
application. Candidates are asked to arrive fifteen minutes early.

If you are unable to attend at the time given, please contact me as soon as possible.

Regards,

Ruairí Tierney
Recruitment Unit, Health Data Agency
Block C, Abbey Court, Dublin 1 D01 X2Y3
01 555 0755

The Health Data Agency is an equal opportunities employer.
"""

_i15 = """\
Hi Tadhg,

Thanks for registering with Claddagh Talent - I had a look at your CV this morning and
I think there are a few clients in Galway who'd be interested in you.

Before I put you forward anywhere, I'd like to have a proper 20-minute chat so I know
exactly what you're after. Could you do a video call this Thursday at 12:30? Here's the
link to book it: https://calendly.com/claddaghtalent-fiadh/intro-call

Looking forward to it,
Fiadh

Fiadh Ní Chonaill
Senior Consultant | Claddagh Talent
Unit 4, Eyre Square Business Centre, Galway
+353 91 555 0198
"""

# ---------------------------------------------------------------- invitations, German

_i16 = """\
Sehr geehrter Herr Oyelaran-Weiss,

vielen Dank für Ihre Bewerbung als Junior Data Analyst (m/w/d) im Bereich
Schadenanalytik. Ihr Profil hat uns überzeugt, und wir möchten Sie gerne in einem
persönlichen Gespräch näher kennenlernen.

Als Termin schlagen wir Dienstag, den 26. Mai 2026, um 10:00 Uhr in unserer
Hauptverwaltung in der Friedrichstraße vor. Das Gespräch dauert etwa eine Stunde und
wird auf Englisch geführt. Bitte bestätigen Sie den Termin über den folgenden Link:

https://nordlicht.jobs.personio.de/interview/confirm/8812

Mit freundlichen Grüßen

Katrin Vogt
Recruiting, Nordlicht Versicherung AG
"""

TB_HAVELBANK = """\
Hallo Tadhg,

gute Neuigkeiten: Die Havelbank möchte dich kennenlernen!

Termin: Donnerstag, 9. Juli, 14:00 Uhr
Ort: Havelbank Zentrale, Kurfürstendamm 188, 10707 Berlin
Gesprächspartner: Frau Dr. Weiß (Leiterin Reporting) und Herr Öztürk (Teamlead BI)

Das Gespräch wird auf Englisch geführt und dauert ungefähr 60 Minuten. Bring gerne
ein, zwei Beispiele aus deinem Portfolio mit. Ich melde mich am Mittwoch zur
Vorbereitung telefonisch bei dir.

Viele Grüße
Lukas

Lukas Brandt
Senior Consultant | Talentbrücke Personalberatung GmbH
Rosenthaler Str. 38, 10178 Berlin | +49 30 5550 8821
"""

_i18 = """\
Sehr geehrter Herr Oyelaran-Weiss,

wir freuen uns, Sie zu einem Auswahlgespräch für die Stelle „Datenanalyst/in
Netzbetrieb (E9 TVöD-V)“ einzuladen.

Datum: Donnerstag, 13. August 2026
Uhrzeit: 10:00 Uhr
Ort: Stadtwerke Spreetal, Verwaltungsgebäude, Raum 2.14, Am Spreeufer 5, 12555 Berlin

Die Auswahlkommission besteht aus der Fachbereichsleitung, einer Vertretung des
Personalrats und der Gleichstellungsbeauftragten. Eine Kalendereinladung ist beigefügt.
Reisekosten können leider nicht erstattet werden.

Mit freundlichen Grüßen
Im Auftrag

Heike Albrecht
Personalwirtschaft
Stadtwerke Spreetal AöR
"""

DATENKUECHE_CHAT = """\
Hi Tadhg,

ich hab deinen Lebenslauf von Lena bekommen, sie meinte, du suchst gerade was im
Datenbereich. Wir sind ein kleines Team (vier Leute), das Auslastungs- und
Bestellanalysen für Restaurants baut.

Hast du morgen, Donnerstag, Zeit für einen kurzen Videocall? So gegen 16 Uhr? Ganz
locker, einfach zum Kennenlernen. Link: https://meet.example.de/datenkueche-tadhg

Beste Grüße
Mo
"""

# ---------------------------------------------------------------- invitations, French

_i20 = """\
Bonjour Tadhg,

Merci pour votre candidature au poste d'Analyste Data junior – Conformité (CDI, Paris).

Nous avons le plaisir de vous convier à un premier entretien en visioconférence le mardi
23 juin à 10h30. Vous échangerez pendant 45 minutes avec Inès Lefort, chargée de
recrutement, et Paul Mercier, responsable du pôle reporting réglementaire.

Merci de confirmer votre disponibilité en cliquant sur le bouton ci-dessous. Le lien
Teams vous sera envoyé la veille.

https://jobs.smartrecruiters.com/BanqueSolenne/interview/confirm/55102

À très bientôt,
L'équipe Recrutement de Banque Solenne
"""

LUMIERE_INVITE = """\
Bonjour Tadhg,

Votre candidature au poste de chargé d’études statistiques junior a retenu toute notre
attention.

Je vous propose un entretien le mardi 17 février à 14h00 dans nos locaux du 12, rue de
la Chaussée-d’Antin (métro Chaussée d’Antin – La Fayette). Vous rencontrerez Marc
Delorme, responsable du service actuariat, et moi-même.

Pourriez-vous me confirmer votre présence ?

Bien cordialement,

Camille Aubert
Responsable recrutement – Assurances Lumière
"""

_i22 = """\
Bonjour Tadhg,

Bonne nouvelle : votre candidature a retenu l'attention de mon client, Pharmacies
Cordier, pour le poste d'analyste de données commerciales.

Ils vous proposent un entretien en visio le mardi 28 avril à 9h30 avec leur directrice
administrative et financière, Mme Roussel. Comptez une heure environ. Le lien Teams
suit dans l'invitation séparée.

Je vous appelle lundi pour vous briefer sur l'entreprise et ses attentes.

Belle journée,
Julien Marchetti
Consultant senior, Cabinet Véran
48, boulevard Haussmann, 75008 Paris
01 55 50 32 10
"""

_i23 = """\
Monsieur,

Suite à l'examen de votre dossier de candidature au poste d'ingénieur d'études en
analyse de données (BAP E, contrat d'un an), nous avons le plaisir de vous informer que
vous êtes convoqué à un entretien devant le jury de recrutement.

Date : lundi 21 septembre 2026
Heure : 10h00
Lieu : Université de Bercy, bâtiment Lavoisier, salle 3.07, 12 quai de la Rapée, Paris 12e

Vous trouverez ci-joint l'invitation au format calendrier. Merci de vous munir d'une
pièce d'identité.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Nathalie Girard
Direction des ressources humaines
Université de Bercy
"""

# ---------------------------------------------------------------- invitations, Spanish

_i24 = """\
Hola Tadhg:

Gracias por tu candidatura al puesto de Analista de Datos Junior en Seguros Alcántara.

Nos gustaría invitarte a una entrevista por videollamada el lunes 20 de julio a las
11:00 (hora peninsular). Estarás con Marta Quintana, de Selección, y con Jorge Ibarra,
responsable del equipo de Analítica de Siniestros.

Por favor, confirma tu asistencia desde el portal del candidato. Recibirás el enlace
de la reunión el día anterior.

Un saludo,
Equipo de Selección · Seguros Alcántara
"""

MERCADAL_INVITE = """\
Hola Tadhg:

Buenas noticias: Grupo Mercadal quiere entrevistarte para el puesto de Analista de
Datos Comerciales.

Día: jueves 26 de marzo
Hora: 10:00
Lugar: oficinas centrales de Grupo Mercadal, Av. de Bruselas 24, Alcobendas

Te recibirán Nuria Ferrer (Directora de Category Management) y alguien de su equipo
de BI. La entrevista será en inglés, aunque seguramente te hagan alguna pregunta en
castellano. ¿Te lo confirmo?

Un abrazo,
Álvaro

Álvaro Sanz
Consultor de Selección · Reclutalia
C/ de Alcalá 93, 28009 Madrid · +34 91 555 27 40
"""

_i26 = """\
Estimado Tadhg:

Nos complace comunicarle que ha sido seleccionado para la fase de entrevista del
proceso de Analista de Datos para la Unidad de Calidad Asistencial.

La entrevista tendrá lugar el martes 1 de septiembre a las 9:30 en la sala de juntas
de la tercera planta (edificio de Dirección). Le adjuntamos la convocatoria en formato
calendario.

Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,

Lucía Paredes
Unidad de Selección de Personal
Hospital del Ensanche
C/ de Ríos Rosas 40, 28003 Madrid
"""

# ---------------------------------------------------------------- reschedules

_s1 = """\
Hi Tadhg,

Apologies for the shuffle: Declan has been called to a regulator meeting on Thursday
morning, so I've moved your interview to Friday 6 February at 14:00. Same place, same
panel otherwise.

The updated invitation is attached - accepting it will replace the old one in your
calendar. If the afternoon doesn't work, just say and I'll sort something out.

Thanks for your flexibility,
Orla
"""

_s2_new = """\
Hi Tadhg,

No bother at all, thanks for letting me know early. I've moved the panel to Thursday 12
March at 11:00 - Dara and Kasia are both free then. Updated invite attached; the old one
should disappear from your calendar once you accept.

Niamh
"""

_s3 = """\
Hi Tadhg,

I'm really sorry for the late notice. Tom, who was due to interview you tomorrow at
11:00, is off sick, so I've had to cancel the session. You should see the calendar
entry disappear.

Your application is still very much live. As soon as Tom is back I'll send you a fresh
set of times to choose from.

Best,
Priya
"""

_s4 = """\
Dear Tadhg,

I’m writing to let you know that we’ve had to postpone the assessment centre planned
for Thursday 28 May. Our assessment platform is being upgraded that week and we don’t
want anyone’s exercises affected.

The new date is Wednesday 3 June, with exactly the same timings (Teams briefing at
09:00 UK time, finishing around 15:30). Please reply to confirm you can still attend.

With apologies for the inconvenience,

Callum Reid
Early Careers Recruitment Adviser
Thistle Mutual | 1 Canongate Yards, Edinburgh EH8 8AB
"""

_s5 = """\
Hi Tadhg,

Slight change of plan, I'm afraid: Anton is needed at a supplier workshop in Hamburg on
the 20th, and we'd really like him to be there for your trial day.

Could we move it to Tuesday 25 August, same times (10:00–16:00)? Everything else stays
as described. Let me know and I'll update the booking.

Sorry for the hassle!
Mareike
"""

_s6 = """\
Hi Tadhg,

I need to cancel our call tomorrow at 2pm, apologies. Something urgent has come up with
our board reporting and I won't be able to give you my full attention.

This isn't a reflection on your application at all. I'll come back to you early next
week with a new time.

Thanks for understanding,
Clodagh
"""

_s7 = """\
Hi Tadhg,

Quick one - Dunmore have asked to push Friday's interview back to Monday 27 April, same
time (11:30), same place. Aidan has to be in Dublin on Friday for a retailer meeting.

Can you confirm Monday is OK? I know you were going to swap a shift for Friday, so
apologies if that causes hassle at the café.

Sinéad
"""

_s8 = """\
Dear Tadhg,

Competition: Data Analyst (Executive Officer grade), Ref. HDA-26-019

Please note a change to the details of your interview. Due to building works at Abbey
Court, interviews on 15 July will now be held at:

Venue: Floor 4, Mespil Court, Mespil Road, Dublin 4
Time:  2.30 p.m. (previously 11.15 a.m.)

The date is unchanged. Please confirm by reply that you can attend at the new time.

Regards,

Ruairí Tierney
Recruitment Unit, Health Data Agency
01 555 0755
"""

ARDMORE_MOVED = """\
Hi Tadhg,

Moved us back to 16:30 on Tuesday 6 Oct - I've a board prep clash at 4. Same Teams
link. Shout if that's a problem.

Rory
"""

# ---------------------------------------------------------------- reschedules, de/fr/es

_s10 = """\
Sehr geehrter Herr Oyelaran-Weiss,

leider müssen wir unser Gespräch am Dienstag, 26. Mai, verschieben, da unser
Abteilungsleiter an diesem Tag kurzfristig verhindert ist.

Wir würden Ihnen als neuen Termin Donnerstag, den 28. Mai, um 11:00 Uhr vorschlagen –
Ort und Ablauf bleiben unverändert. Bitte geben Sie mir kurz Bescheid, ob Ihnen das
passt.

Vielen Dank für Ihr Verständnis und freundliche Grüße

Katrin Vogt
Recruiting, Nordlicht Versicherung AG
Friedrichstraße 77, 10117 Berlin

Nordlicht Versicherung AG · Sitz: Berlin · Amtsgericht Charlottenburg HRB 204716 B
Vorstand: Dr. Henrike Sommer (Vors.), Jens Albers · Aufsichtsratsvorsitzender: Ralf Dörr
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat
sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
"""

_s11 = """\
Sehr geehrter Herr Oyelaran-Weiss,

der für Donnerstag, 13. August 2026, 10:00 Uhr, vereinbarte Termin für das
Auswahlgespräch muss leider entfallen, da die Auswahlkommission an diesem Tag nicht
vollständig besetzt werden kann.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Wir werden uns in den nächsten
Tagen mit einem neuen Terminvorschlag bei Ihnen melden.

Mit freundlichen Grüßen
Im Auftrag

Heike Albrecht
Personalwirtschaft
Stadtwerke Spreetal AöR
"""

_s12 = """\
Bonjour Tadhg,

Paul Mercier est retenu par un audit le mardi 23 juin : nous devons donc décaler votre
entretien. Seriez-vous disponible le jeudi 25 juin à 15h00 ? La durée et le format
(visio Teams) restent identiques.

Je vous remercie de votre compréhension et reste à votre disposition.

Bien cordialement,

Inès Lefort
Chargée de recrutement – Banque Solenne
"""

_s13 = """\
Monsieur,

Un membre du jury étant souffrant, nous sommes contraints d'annuler l'entretien prévu le
lundi 21 septembre 2026 à 10h00. L'invitation correspondante a été retirée de votre
agenda.

Votre candidature reste bien entendu à l'étude ; une nouvelle date vous sera proposée
dans les meilleurs délais.

Avec nos excuses pour ce contretemps,

Nathalie Girard
Direction des ressources humaines
Université de Bercy
"""

_s14 = """\
Hola de nuevo, Tadhg:

Te escribo porque Jorge tiene un comité el lunes por la mañana. ¿Podríamos pasar tu
entrevista del lunes 20 al miércoles 22 de julio a las 10:00? Sería también por
videollamada, con las mismas personas.

Si no te viene bien, dime qué franja te encaja mejor esa semana y lo cuadramos.

Gracias y perdona el cambio,
Marta Quintana
Técnica de Selección · Seguros Alcántara
"""

_s15 = """\
Estimado Tadhg:

Por motivos de agenda de la Dirección de Enfermería, nos vemos obligados a aplazar la
entrevista prevista para el martes 1 de septiembre.

La nueva fecha es el martes 8 de septiembre, a las 9:30, en el mismo lugar. Le enviamos
la convocatoria actualizada, que sustituye a la anterior.

Disculpe las molestias.

Atentamente,
Lucía Paredes
Unidad de Selección de Personal
Hospital del Ensanche
"""

# ---------------------------------------------------------------- missed

_m1 = """\
Dear Tadhg,

The interview board for the Data Analyst, Grade V post tried calling you twice at 10:00
this morning, and once more at 10:10, on 087 555 0119, but there was no answer and we
were not able to leave a voicemail.

Could you let me know today what happened? The board is sitting for the rest of this
week, but I cannot promise that another slot will be available.

Regards,
Maura O'Shea
Recruitment Officer, HR Department
St Finbarr's University Hospital
Tel: 021 555 0620
"""

_m2 = """\
Dear Tadhg,

We waited on Teams for you this morning: the welcome briefing for the assessment centre
started at 09:00 and we held the group exercise until 09:20, but you didn’t join and we
couldn’t reach you on the number we have.

I hope everything is OK. If something went wrong with the link or your connection,
please let me know by the end of today.

Kind regards,
Callum Reid
Early Careers Recruitment Adviser, Thistle Mutual
"""

_m3 = """\
Hi Tadhg,

I've just had Salthill Insurance on the phone. They had you down for 11:00 today at
their office in Salthill for the Pricing Analyst interview, and they tell me you didn't
arrive. They waited about twenty minutes.

Is everything alright? Give me a ring when you see this; if there's a good reason I'll
do my best to smooth it over with them.

Fiadh
"""

_m4 = """\
Hi Tadhg,

I rang you at 2pm as we'd arranged for our rebooked call, but it rang out and went to
voicemail. I tried again at 2.10 with the same result.

No problem if something came up - just let me know and we'll find another time.

Clodagh
"""

_m5 = """\
Hi Tadhg,

We had you booked in for a video interview at 10:00 this morning for the Junior Data
Analyst role. The Zoom room was open until 10:20, but you didn't join and we didn't
receive any message.

If you're still interested in the position, please reply to this e-mail by Thursday and
explain what happened.

Best regards,
Oliver Grant
Talent Acquisition, Bramble Bank
"""

_m6_old = """\
Dear Tadhg,

Thank you for your application for the post of Institutional Research Analyst. We are
pleased to invite you to a video interview on Tuesday 26 May at 11:30 via Microsoft
Teams. The panel will consist of the Head of Strategic Planning and two colleagues.

Kind regards,
Bríd Ní Fhlatharta
"""

_m6_new = """\
Dear Tadhg,

Your video interview for the Institutional Research Analyst post was scheduled for
11:30 this morning. The panel stayed in the meeting for twenty minutes but you did not
sign in, and the call to your mobile went unanswered.

Please contact me by Thursday if you wish to remain in the competition.

Regards,
Bríd Ní Fhlatharta
HR Officer, Corrib Valley Institute
Dublin Road, Galway
091 555 0730
"""

_m7_new = """\
Hey Tadhg,

wir saßen um 16 Uhr im Call und haben ungefähr eine Viertelstunde auf dich gewartet,
du bist aber nicht reingekommen. Alles okay bei dir?

Sag einfach Bescheid, wenn du einen neuen Termin willst.

Mo
"""

_m8 = """\
Sehr geehrter Herr Oyelaran-Weiss,

Sie waren heute um 9:00 Uhr zu einem Vorstellungsgespräch für die Stelle Datenanalyst
(m/w/d) im Medizincontrolling eingeladen. Leider sind Sie zu dem vereinbarten Termin
nicht erschienen, und wir konnten Sie telefonisch nicht erreichen.

Bitte teilen Sie uns bis Freitag mit, ob Sie weiterhin Interesse an der Stelle haben.

Mit freundlichen Grüßen
Jana Scholz
Personalmanagement
Klinikum Spreebogen
"""

_m9 = """\
Bonjour Tadhg,

Mme Roussel vous a attendu ce matin sur Teams à 9h30, pendant un bon quart d'heure, et
je n'ai pas réussi à vous joindre sur votre portable.

Que s'est-il passé ? Rappelez-moi dès que possible : si c'est un souci technique, je
peux sans doute lui demander un nouveau créneau.

Julien Marchetti
Cabinet Véran
01 55 50 32 10
"""

_m10 = """\
Hola Tadhg:

Hoy a las 10:00 te estábamos esperando Jorge y yo en la videollamada, pero no te
conectaste. Te llamé al móvil dos veces y no hubo respuesta.

¿Ha pasado algo? Escríbeme cuando puedas.

Marta Quintana
Técnica de Selección · Seguros Alcántara
"""


def _ics(uid: str, start: str, end: str, summary: str, organizer: tuple[str, str],
         method: str = "REQUEST", seq: int = 0, location: str = "", **extra: str) -> dict:
    return dict(uid=uid, start=start, end=end, summary=summary, organizer=organizer,
                method=method, seq=seq, location=location, **extra)


LANN_UID = "040000008200E00074C5B7101A82E00800000000B0F1206LANNFIELD01"
CORRIB_UID = "3k9m2p0q7r206corribpanel@google.com"
KESTREL_UID = "ashby-206-kestrel-interview-0407@ashbyhq.com"
ARDMORE_UID = "040000008200E00074C5B7101A82E00800000000C1A206ARDMORE01"
SPREETAL_UID = "swsp-206-auswahl-2026-08-13@stadtwerke-spreetal.example.de"
BERCY_UID = "bercy-206-jury-2026-09-21@univ-bercy.example.fr"
ENSANCHE_UID = "hde-206-entrevista-0901@hospitalensanche.example.es"

MSGS = [
    # ------------------------------------------------------------ invitations
    I(slug="lannfield_panel_invite", lang="en", company="Lannfield Insurance",
      contact="orla.keane@lannfield.example.ie", frm=ORLA,
      subject="Interview invitation: Junior Data Analyst (Claims Insights)",
      date="2026-01-26 10:05:31 +0000", text=_i1, html=outlook_html(_i1),
      ics=_ics(LANN_UID, "2026-02-05 10:00 +0000", "2026-02-05 10:45 +0000",
               "Interview: Tadhg Oyelaran-Weiss - Junior Data Analyst", ORLA,
               location="Lannfield House, Lapps Quay, Cork"), ics_mode="alt"),
    I(slug="corribpay_phone_screen", lang="en", company="Corrib Pay",
      contact="niamh.farrell@corribpay.example.ie",
      frm=("Niamh Farrell via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=NIAMH,
      subject="Let's schedule a call - Junior Data Analyst at Corrib Pay",
      date="2026-02-16 14:20:08 +0000", text=_i2, html=ats_card("Corrib Pay", _i2,
                                                                   "#0e7490")),
    I(slug="corribpay_panel_ics", lang="en", company="Corrib Pay",
      contact="niamh.farrell@corribpay.example.ie", frm=NIAMH,
      subject="Invitation: Corrib Pay panel interview - Tadhg Oyelaran-Weiss @ Tue 10 Mar "
              "2026 14:00 - 15:30 (GMT)",
      date="2026-03-02 09:40:12 +0000", text=_i3, html=simple_html(_i3),
      ics=_ics(CORRIB_UID, "2026-03-10 14:00 +0000", "2026-03-10 15:30 +0000",
               "Corrib Pay panel interview - Tadhg Oyelaran-Weiss", NIAMH,
               location="Corrib Pay, Dock Road, Galway",
               prodid="-//Google Inc//Google Calendar 70.9054//EN"), ics_mode="both"),
    I(slug="sfuh_competency_interview", lang="en", company="St Finbarr's University Hospital",
      contact="maura.oshea@sfuh.example.ie", frm=MAURA,
      subject="Invitation to interview - Data Analyst Grade V (SFUH-0412)",
      date="2026-04-01 11:00:45 +0100", text=_i4, cte="base64",
      pdf=[("SFUH-0412_interview_letter.pdf", [
          "St Finbarr's University Hospital - HR Department", "",
          "Campaign SFUH-0412: Data Analyst, Grade V", "",
          "Dear Mr Oyelaran-Weiss,", "",
          "You are invited to a telephone interview on Tuesday 14 April 2026 at 10:00.",
          "A board member will call you on 087 555 0119.", "",
          "Maura O'Shea, Recruitment Officer"])]),
    I(slug="harbourline_dunmore_interview", lang="en", company="Dunmore Foods",
      contact="sinead.cotter@harbourline.example.ie", frm=SINEAD, name_enc=("utf-8", "Q"),
      subject="Interview with Dunmore Foods - Friday 24th!",
      date="2026-04-20 13:47:00 +0100", text=_i5, html=simple_html(_i5),
      cte="quoted-printable"),
    I(slug="kestrel_ashby_schedule", lang="en", company="Kestrel Ledger",
      contact="priya.natarajan@kestrelledger.example.co.uk",
      frm=("Kestrel Ledger", "no-reply@ashbyhq.com"), reply_to=PRIYA,
      subject="Schedule your interview with Kestrel Ledger",
      date="2026-03-24 16:10:27 +0000",
      html=ats_card("Kestrel Ledger", _i6, "#3b2f63",
                    "Powered by Ashby. You received this e-mail because you applied to "
                    "Kestrel Ledger.")),
    I(slug="thistle_assessment_centre", lang="en", company="Thistle Mutual",
      contact="callum.reid@thistlemutual.example.co.uk", frm=CALLUM,
      subject="Thistle Mutual – assessment centre invitation",
      subj_enc=("windows-1252", "Q"),
      date="2026-05-12 12:15:00 +0100", charset="windows-1252", cte="quoted-printable",
      text=_i7, html=outlook_html(_i7)),
    I(slug="spreewerk_trial_day", lang="en", company="Spreewerk Commerce",
      contact="mareike.jansen@spreewerk.example.de",
      frm=("Spreewerk Commerce", "noreply@teamtailor-mail.com"), reply_to=MAREIKE,
      subject="Trial day invitation – Pricing Analyst at Spreewerk Commerce",
      date="2026-08-12 15:33:20 +0200", text=_i8,
      html=ats_card("Spreewerk Commerce", _i8, "#0f172a"), cte="base64"),
    I(slug="shandon_casual_chat", lang="en", company="Shandon Metrics",
      contact="ger@shandonmetrics.example.ie", frm=GER,
      subject="Coffee & a chat about the analyst role?",
      date="2026-09-08 14:02:00 +0100", text=SHANDON_CHAT),
    I(slug="quarrylane_interview_invite", lang="en", company="Quarry Lane Analytics",
      contact="hannah.okafor@quarrylane.example.co.uk", frm=HANNAH,
      subject="Interview invitation - Junior Data Analyst - Quarry Lane",
      date="2026-09-01 11:04:00 +0100", text=QUARRY_INVITE,
      html=outlook_html(QUARRY_INVITE)),
    I(slug="fahrwerk_takehome_interview", lang="en", company="Fahrwerk Mobility",
      contact="jonas.pfeiffer@fahrwerk.example.de",
      frm=("Jonas Pfeiffer - Fahrwerk Mobility", "noreply@workablemail.com"),
      reply_to=JONAS,
      subject="Next steps: Product Data Analyst at Fahrwerk Mobility",
      date="2026-09-03 09:20:55 +0200", text=_i11, html=simple_html(_i11)),
    I(slug="glasmore_assessment_invite", lang="en", company="Glasmore Life", contact="",
      frm=("Glasmore Life Early Careers", "glasmorelife@icims.com"),
      subject="Invitation: Glasmore Life virtual assessment centre, 19 March",
      date="2026-03-05 10:30:00 +0000", text=_i12,
      html=ats_card("Glasmore Life", _i12, "#0c4a6e"), cte="quoted-printable"),
    I(slug="mizen_phone_screen", lang="en", company="Mizen Health Insurance",
      contact="clodagh.hurley@mizenhealth.example.ie",
      frm=("Clodagh Hurley via BambooHR", "notifications@app.bamboohr.com"),
      reply_to=CLODAGH,
      subject="Junior Data Analyst (Member Insights) - quick call?",
      date="2026-06-15 10:12:00 +0100", text=_i13, html=simple_html(_i13)),
    I(slug="hda_interview_board", lang="en", company="Health Data Agency",
      contact="ruairi.tierney@healthdata.example.ie", frm=RUAIRI, name_enc=("utf-8", "B"),
      subject="HDA-26-019 – Invitation to interview", subj_enc=("utf-8", "Q"),
      date="2026-07-01 16:40:00 +0100", charset="windows-1252", cte="quoted-printable",
      text=_i14,
      headers=[("Disposition-Notification-To", "ruairi.tierney@healthdata.example.ie")]),
    I(slug="claddagh_intro_call", lang="en", company="Claddagh Talent",
      contact="fiadh@claddaghtalent.example.ie", frm=FIADH, name_enc=("utf-8", "B"),
      subject="Quick intro call?", date="2026-01-27 09:05:00 +0000", text=_i15),
    # German
    I(slug="nordlicht_einladung", lang="de", company="Nordlicht Versicherung",
      contact="katrin.vogt@nordlicht.example.de",
      frm=("Nordlicht Versicherung AG", "noreply@personio.de"), reply_to=KATRIN,
      subject="Einladung zum Vorstellungsgespräch – Junior Data Analyst (m/w/d)",
      subj_enc=("utf-8", "B"),
      date="2026-05-18 09:02:00 +0200", text=_i16,
      html=ats_card("Nordlicht Versicherung", _i16, "#1e3a8a")),
    I(slug="talentbruecke_havelbank_interview", lang="de", company="Havelbank",
      contact="lukas.brandt@talentbruecke.example.de", frm=LUKAS,
      subject="Dein Gespräch bei der Havelbank am 9. Juli",
      date="2026-07-01 10:14:00 +0200", text=TB_HAVELBANK, charset="iso-8859-1",
      cte="quoted-printable"),
    I(slug="spreetal_auswahlgespraech", lang="de", company="Stadtwerke Spreetal",
      contact="heike.albrecht@stadtwerke-spreetal.example.de", frm=HEIKE,
      subject="Einladung zum Auswahlgespräch am 13.08.2026", subj_enc=("iso-8859-1", "Q"),
      date="2026-08-04 11:26:00 +0200", text=_i18, html=outlook_html(_i18),
      cte="base64",
      ics=_ics(SPREETAL_UID, "2026-08-13 10:00 +0200", "2026-08-13 11:00 +0200",
               "Auswahlgespräch Datenanalyst/in Netzbetrieb", HEIKE,
               location="Am Spreeufer 5, Raum 2.14"), ics_mode="attach"),
    I(slug="datenkueche_casual", lang="de", company="Datenküche",
      contact="mo@datenkueche.example.de", frm=MO,
      subject="Kurzer Call morgen?", date="2026-09-02 18:30:00 +0200",
      text=DATENKUECHE_CHAT, cte="8bit"),
    # French
    I(slug="solenne_entretien", lang="fr", company="Banque Solenne",
      contact="ines.lefort@banque-solenne.example.fr",
      frm=("Banque Solenne", "noreply@smartrecruiters.com"), reply_to=INES,
      reply_enc=("utf-8", "Q"),
      subject="Invitation à un entretien – Analyste Data junior", subj_enc=("utf-8", "Q"),
      date="2026-06-15 16:45:00 +0200", text=_i20,
      html=ats_card("Banque Solenne", _i20, "#7f1d1d")),
    I(slug="lumiere_entretien", lang="fr", company="Assurances Lumière",
      contact="camille.aubert@assurances-lumiere.example.fr", frm=CAMILLE,
      subject="Entretien – chargé d’études statistiques junior",
      subj_enc=("windows-1252", "Q"),
      date="2026-02-10 09:12:00 +0100", text=LUMIERE_INVITE, charset="windows-1252",
      cte="quoted-printable"),
    I(slug="veran_cordier_entretien", lang="fr", company="Pharmacies Cordier",
      contact="j.marchetti@cabinet-veran.example.fr", frm=JULIEN,
      subject="Entretien chez Pharmacies Cordier mardi 28/04",
      date="2026-04-21 17:58:00 +0200", text=_i22, html=outlook_html(_i22),
      charset="iso-8859-1", cte="quoted-printable"),
    I(slug="bercy_convocation_jury", lang="fr", company="Université de Bercy",
      contact="nathalie.girard@univ-bercy.example.fr", frm=NATHALIE,
      subject="Convocation à un entretien – ingénieur d'études analyse de données",
      date="2026-09-07 14:20:00 +0200", text=_i23,
      ics=_ics(BERCY_UID, "2026-09-21 10:00 +0200", "2026-09-21 10:45 +0200",
               "Entretien jury – T. Oyelaran-Weiss", NATHALIE,
               location="Bâtiment Lavoisier, salle 3.07"), ics_mode="both"),
    # Spanish
    I(slug="alcantara_invitacion", lang="es", company="Seguros Alcántara", contact="",
      frm=("Seguros Alcántara", "no-reply@successfactors.eu"),
      subject="Invitación a entrevista: Analista de Datos Junior",
      subj_enc=("iso-8859-1", "Q"), name_enc=("iso-8859-1", "Q"),
      date="2026-07-14 12:00:00 +0200", text=_i24,
      html=ats_card("Seguros Alcántara", _i24, "#854d0e"), charset="iso-8859-1",
      cte="quoted-printable"),
    I(slug="reclutalia_mercadal_interview", lang="es", company="Grupo Mercadal",
      contact="alvaro.sanz@reclutalia.example.es", frm=ALVARO, name_enc=("utf-8", "Q"),
      subject="Entrevista con Grupo Mercadal – jueves 26",
      date="2026-03-18 12:40:00 +0100", text=MERCADAL_INVITE),
    I(slug="ensanche_convocatoria", lang="es", company="Hospital del Ensanche",
      contact="lucia.paredes@hospitalensanche.example.es", frm=LUCIA,
      subject="Convocatoria a entrevista – Analista de Datos (Calidad Asistencial)",
      subj_enc=("utf-8", "B"),
      date="2026-08-24 13:05:00 +0200", text=_i26, html=outlook_html(_i26),
      ics=_ics(ENSANCHE_UID, "2026-09-01 09:30 +0200", "2026-09-01 10:15 +0200",
               "Entrevista – Analista de Datos", LUCIA,
               location="Sala de juntas, 3.ª planta, edificio de Dirección"),
      ics_mode="alt"),
    # ------------------------------------------------------------ reschedules
    S(slug="lannfield_moved_seq1", lang="en", company="Lannfield Insurance",
      contact="orla.keane@lannfield.example.ie", frm=ORLA,
      subject="Updated invitation: Interview: Tadhg Oyelaran-Weiss - Junior Data Analyst",
      date="2026-02-02 16:21:09 +0000", parent="lannfield_panel_invite",
      text=_s1, html=outlook_html(_s1),
      ics=_ics(LANN_UID, "2026-02-06 14:00 +0000", "2026-02-06 14:45 +0000",
               "Interview: Tadhg Oyelaran-Weiss - Junior Data Analyst", ORLA, seq=1,
               location="Lannfield House, Lapps Quay, Cork"), ics_mode="alt"),
    S(slug="corribpay_panel_moved", lang="en", company="Corrib Pay",
      contact="niamh.farrell@corribpay.example.ie", frm=NIAMH,
      subject="Re: Panel interview on the 10th - could we move it?",
      date="2026-03-04 08:55:00 +0000", parent="sent_corrib_reschedule_ask",
      text=reply(_s2_new, CORRIB_RESCHEDULE_ASK, ME, "Tue, 3 Mar 2026 at 22:14"),
      ics=_ics(CORRIB_UID, "2026-03-12 11:00 +0000", "2026-03-12 12:30 +0000",
               "Corrib Pay panel interview - Tadhg Oyelaran-Weiss", NIAMH, seq=1,
               location="Corrib Pay, Dock Road, Galway",
               prodid="-//Google Inc//Google Calendar 70.9054//EN"), ics_mode="both"),
    S(slug="kestrel_cancel_interviewer_ill", lang="en", company="Kestrel Ledger",
      contact="priya.natarajan@kestrelledger.example.co.uk", frm=PRIYA,
      subject="Cancelled: Interview with Kestrel Ledger (Tue 7 Apr, 11:00)",
      date="2026-04-06 17:52:00 +0100", text=_s3, html=simple_html(_s3),
      ics=_ics(KESTREL_UID, "2026-04-07 11:00 +0100", "2026-04-07 11:45 +0100",
               "Interview: Tadhg Oyelaran-Weiss / Tom Whitcombe", PRIYA,
               method="CANCEL", seq=1, location="Google Meet"), ics_mode="alt"),
    S(slug="thistle_postponed", lang="en", company="Thistle Mutual",
      contact="callum.reid@thistlemutual.example.co.uk", frm=CALLUM,
      subject="Assessment centre postponed to Wednesday 3 June",
      date="2026-05-20 10:02:00 +0100", parent="thistle_assessment_centre",
      charset="windows-1252", cte="quoted-printable", text=_s4),
    S(slug="spreewerk_trial_moved", lang="en", company="Spreewerk Commerce",
      contact="mareike.jansen@spreewerk.example.de", frm=MAREIKE,
      subject="Your trial day - can we move it to the 25th?",
      date="2026-08-17 11:48:00 +0200", parent="spreewerk_trial_day",
      text=_s5, html=simple_html(_s5)),
    S(slug="mizen_cancel_call", lang="en", company="Mizen Health Insurance",
      contact="clodagh.hurley@mizenhealth.example.ie", frm=CLODAGH,
      subject="Our call tomorrow", date="2026-06-18 17:30:00 +0100",
      parent="mizen_phone_screen", text=_s6),
    S(slug="harbourline_dunmore_moved", lang="en", company="Dunmore Foods",
      contact="sinead.cotter@harbourline.example.ie", frm=SINEAD,
      name_enc=("iso-8859-1", "B"),
      subject="Dunmore interview moved to Monday", date="2026-04-22 12:03:00 +0100",
      parent="harbourline_dunmore_interview", text=_s7),
    S(slug="hda_venue_time_change", lang="en", company="Health Data Agency",
      contact="ruairi.tierney@healthdata.example.ie", frm=RUAIRI,
      subject="HDA-26-019 - change of interview time and venue",
      date="2026-07-08 15:10:00 +0100", parent="hda_interview_board", text=_s8,
      html=outlook_html(_s8), cte="base64"),
    S(slug="ardmore_call_moved", lang="en", company="Ardmore Fintech",
      contact="rory.hegarty@ardmorefintech.example.ie", frm=RORY,
      subject="Updated invitation: Tadhg / Ardmore - analytics chat",
      date="2026-10-02 09:31:00 +0100", text=ARDMORE_MOVED,
      ics=_ics(ARDMORE_UID, "2026-10-06 16:30 +0100", "2026-10-06 17:15 +0100",
               "Tadhg / Ardmore - analytics chat", RORY, seq=2,
               location="Microsoft Teams Meeting"), ics_mode="alt"),
    S(slug="nordlicht_verschoben", lang="de", company="Nordlicht Versicherung",
      contact="katrin.vogt@nordlicht.example.de", frm=KATRIN,
      subject="Verschiebung unseres Gesprächs am 26. Mai", subj_enc=("utf-8", "Q"),
      date="2026-05-21 08:44:00 +0200", parent="nordlicht_einladung", text=_s10,
      html=outlook_html(_s10), charset="windows-1252", cte="quoted-printable"),
    S(slug="spreetal_termin_entfaellt", lang="de", company="Stadtwerke Spreetal",
      contact="heike.albrecht@stadtwerke-spreetal.example.de", frm=HEIKE,
      subject="Abgesagt: Auswahlgespräch Datenanalyst/in Netzbetrieb",
      date="2026-08-10 13:00:00 +0200", parent="spreetal_auswahlgespraech", text=_s11,
      ics=_ics(SPREETAL_UID, "2026-08-13 10:00 +0200", "2026-08-13 11:00 +0200",
               "Auswahlgespräch Datenanalyst/in Netzbetrieb", HEIKE, method="CANCEL",
               seq=1, location="Am Spreeufer 5, Raum 2.14"), ics_mode="both"),
    S(slug="solenne_report", lang="fr", company="Banque Solenne",
      contact="ines.lefort@banque-solenne.example.fr", frm=INES, name_enc=("iso-8859-1", "Q"),
      subject="Report de votre entretien du 23 juin", date="2026-06-18 09:20:00 +0200",
      parent="solenne_entretien", text=_s12, charset="windows-1252", cte="quoted-printable"),
    S(slug="bercy_annulation_jury", lang="fr", company="Université de Bercy",
      contact="nathalie.girard@univ-bercy.example.fr", frm=NATHALIE,
      subject="Annulé : Entretien jury – T. Oyelaran-Weiss", subj_enc=("utf-8", "Q"),
      date="2026-09-14 16:05:00 +0200", parent="bercy_convocation_jury", text=_s13,
      html=simple_html(_s13),
      ics=_ics(BERCY_UID, "2026-09-21 10:00 +0200", "2026-09-21 10:45 +0200",
               "Entretien jury – T. Oyelaran-Weiss", NATHALIE, method="CANCEL", seq=1,
               location="Bâtiment Lavoisier, salle 3.07"), ics_mode="alt"),
    S(slug="alcantara_cambio_hora", lang="es", company="Seguros Alcántara",
      contact="marta.quintana@segurosalcantara.example.es", frm=MARTA,
      subject="Cambio de día de tu entrevista", subj_enc=("utf-8", "Q"),
      date="2026-07-17 09:48:00 +0200", parent="alcantara_invitacion", text=_s14,
      html=simple_html(_s14), cte="base64"),
    S(slug="ensanche_aplazada", lang="es", company="Hospital del Ensanche",
      contact="lucia.paredes@hospitalensanche.example.es", frm=LUCIA,
      subject="Actualizado: Entrevista - Analista de Datos", subj_enc=("iso-8859-1", "B"),
      date="2026-08-28 12:30:00 +0200", parent="ensanche_convocatoria", text=_s15,
      charset="iso-8859-1", cte="quoted-printable",
      ics=_ics(ENSANCHE_UID, "2026-09-08 09:30 +0200", "2026-09-08 10:15 +0200",
               "Entrevista – Analista de Datos", LUCIA, seq=1,
               location="Sala de juntas, 3.ª planta, edificio de Dirección"),
      ics_mode="attach"),
    # ------------------------------------------------------------ missed
    M(slug="sfuh_tried_calling_twice", lang="en", company="St Finbarr's University Hospital",
      contact="maura.oshea@sfuh.example.ie", frm=MAURA,
      subject="Telephone interview this morning - Data Analyst Grade V",
      date="2026-04-14 10:41:00 +0100", parent="sfuh_competency_interview", text=_m1,
      html=outlook_html(_m1)),
    M(slug="thistle_waited_on_teams", lang="en", company="Thistle Mutual",
      contact="callum.reid@thistlemutual.example.co.uk", frm=CALLUM,
      subject="This morning's assessment centre", date="2026-06-03 09:52:00 +0100",
      parent="thistle_postponed", text=_m2, charset="windows-1252", cte="base64"),
    M(slug="claddagh_salthill_no_show", lang="en", company="Salthill Insurance",
      contact="fiadh@claddaghtalent.example.ie", frm=FIADH, name_enc=("iso-8859-1", "Q"),
      subject="Salthill Insurance - today at 11?", date="2026-02-11 11:48:00 +0000",
      text=_m3),
    M(slug="mizen_no_answer", lang="en", company="Mizen Health Insurance",
      contact="clodagh.hurley@mizenhealth.example.ie", frm=CLODAGH,
      subject="Missed you at 2pm", date="2026-06-25 14:16:00 +0100",
      parent="mizen_cancel_call", text=_m4, html=simple_html(_m4)),
    M(slug="bramble_zoom_no_show", lang="en", company="Bramble Bank",
      contact="oliver.grant@bramblebank.example.co.uk",
      frm=("Oliver Grant", "oliver.grant@bramblebank.example.co.uk"),
      subject="Your interview with Bramble Bank today", date="2026-10-06 10:31:00 +0100",
      html=simple_html(_m5)),
    M(slug="corrib_valley_no_sign_in", lang="en", company="Corrib Valley Institute",
      contact="brid.nifhlatharta@corribvalley.example.ie",
      frm=("Bríd Ní Fhlatharta", "brid.nifhlatharta@corribvalley.example.ie"),
      name_enc=("utf-8", "Q"),
      subject="RE: Video interview - Institutional Research Analyst",
      date="2026-05-26 12:05:00 +0100", parent="<DB7P206MB0101CVI@corribvalley.example.ie>",
      text=outlook_reply(_m6_new, _m6_old,
                         ("Bríd Ní Fhlatharta", "brid.nifhlatharta@corribvalley.example.ie"),
                         "Tuesday, May 12, 2026 3:10 PM", f"{ME_NAME} <{ME[1]}>",
                         "Video interview - Institutional Research Analyst"),
      html=outlook_html(outlook_reply(
          _m6_new, _m6_old, ("Bríd Ní Fhlatharta",
                             "brid.nifhlatharta@corribvalley.example.ie"),
          "Tuesday, May 12, 2026 3:10 PM", f"{ME_NAME} <{ME[1]}>",
          "Video interview - Institutional Research Analyst")),
      cte="quoted-printable"),
    M(slug="datenkueche_verpasst", lang="de", company="Datenküche",
      contact="mo@datenkueche.example.de", frm=MO,
      subject="Re: Kurzer Call morgen?", date="2026-09-03 16:24:00 +0200",
      parent="datenkueche_casual",
      text=reply(_m7_new, DATENKUECHE_CHAT, MO, "Mi., 2. Sept. 2026 um 18:30", "de")),
    M(slug="spreebogen_nicht_erschienen", lang="de", company="Klinikum Spreebogen",
      contact="jana.scholz@klinikum-spreebogen.example.de",
      frm=("Jana Scholz", "jana.scholz@klinikum-spreebogen.example.de"),
      subject="Ihr Vorstellungsgespräch heute um 9:00 Uhr",
      date="2026-03-18 11:02:00 +0100", text=_m8, charset="iso-8859-1",
      cte="quoted-printable"),
    M(slug="veran_cordier_absent", lang="fr", company="Pharmacies Cordier",
      contact="j.marchetti@cabinet-veran.example.fr", frm=JULIEN,
      subject="Entretien Pharmacies Cordier ce matin", date="2026-04-28 10:06:00 +0200",
      parent="veran_cordier_entretien", text=_m9),
    M(slug="alcantara_no_se_conecto", lang="es", company="Seguros Alcántara",
      contact="marta.quintana@segurosalcantara.example.es", frm=MARTA,
      subject="Entrevista de hoy a las 10:00", date="2026-07-22 10:35:00 +0200",
      parent="alcantara_cambio_hora", text=_m10, html=simple_html(_m10),
      charset="windows-1252", cte="quoted-printable"),
]
