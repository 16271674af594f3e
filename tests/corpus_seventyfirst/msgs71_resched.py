"""Interview moved or cancelled by the employer (15), with and without calendar parts."""

from make_seventyfirst import ics
from msgs71_common import M

K = "interview_reschedule_or_cancel"

M(K, "loadshedding_move", "en", ("Zanele Mthembu", "zanele@sunstack-ipp.example.co.za"),
  "Re: Sunstack - next steps", "2026-01-27 08:03 +0200",
  """Hi Nia

Sorry for the late notice - we're on stage 6 in our area this morning and the office generator is down, so I need to move our call from 10:00 today. Could we do Thursday same time instead? Same number.

Apologies!!
Zanele

Sunstack IPP""",
  company="Sunstack IPP", contact="zanele@sunstack-ipp.example.co.za",
  parent="nia-sunstack-0123@example.co.za")

M(K, "ics_cancel_panel", "en", ("Priya Raman", "priya.raman@atlas-minerals.example.com"),
  "Canceled: Panel interview - Decarbonisation Programme Manager", "2026-02-13 12:30 +0000",
  """Hi Nia,

Unfortunately Rebecca has been called away to site in Western Australia, so we need to cancel Tuesday's panel. I'll send new options for next week as soon as I have the panel's diaries.

Apologies for the disruption.

Priya Raman
Recruiting Coordinator, Atlas Minerals""",
  company="Atlas Minerals", contact="priya.raman@atlas-minerals.example.com", fmt="alt",
  ics=ics("panel-dpm-5521@atlas-minerals.example.com", "20260217T080000Z", "20260217T093000Z",
          "Panel interview - Decarbonisation Programme Manager", "priya.raman@atlas-minerals.example.com",
          method="CANCEL", status="CANCELLED", sequence=1, location="Microsoft Teams"))

M(K, "hm_travel_new_time", "en", ("Riaan Steyn", "riaan.steyn@bushveld-energy.example.co.za"),
  "Change of plan Wednesday", "2026-03-16 19:22 +0200",
  """Nia, apologies, our EPC director's flight from Joburg got moved so Wednesday's site visit has to shift. Can we make it Friday 20th, same time 09:00? Everything else stays the same.

Riaan
Sent from my Samsung Galaxy""",
  company="Bushveld Energy Storage", contact="riaan.steyn@bushveld-energy.example.co.za")

M(K, "workday_updated", "en", ("Aurum Mining Careers", "aurum@myworkday.com"),
  "Updated: Interview - Energy & Carbon Manager (JR-20917)", "2026-04-10 14:45 +0200",
  """Dear Nia,

Please note that your interview for the Energy & Carbon Manager position has been rescheduled.

New date: Thursday, 16 April 2026
New time: 14:00 - 15:00 SAST
Format: Google Meet

The updated calendar invitation is attached. We apologise for any inconvenience.

Kind regards,
Aurum Mining Recruitment""",
  company="Aurum Mining", contact="", fmt="alt", brand="Aurum Mining",
  ics=ics("jr20917-int1@aurum.example.com", "20260416T120000Z", "20260416T130000Z",
          "Interview - Energy & Carbon Manager (JR-20917)", "recruitment@aurum.example.com",
          sequence=1, location="Google Meet"))

M(K, "postponed_indef", "en", ("Nomvula Sithole", "nomvula.sithole@gautengpower.example.gov.za"),
  "POSTPONEMENT OF INTERVIEWS: REF GP/2026/014", "2026-02-17 16:10 +0200",
  """Dear Candidate

Kindly be advised that the interviews scheduled for Thursday 19 February 2026 for the position of Senior Manager: Renewable Energy Integration have been postponed due to the unavailability of panel members. A new date will be communicated in due course.

We apologise for any inconvenience caused.

Regards
Nomvula Sithole
Human Resource Management
Gauteng Power Utility""",
  company="Gauteng Power Utility", contact="nomvula.sithole@gautengpower.example.gov.za", charset="windows-1252")

M(K, "agency_client_moved", "en", ("Candice Pillay", "candice@greenleaf-people.example.co.za"),
  "Re: GREAT NEWS!! Interview with WindCo Durban", "2026-02-23 10:41 +0200",
  """Hi Nia

Small change - WindCo have asked to move tomorrow's interview to Thursday 26th at 10:00 instead (their HR lady is off sick). Same venue in Umhlanga. Can you still do it?? Please let me know!

Thanks lovely
Candice

On Wed, 18 Feb 2026 at 13:40, Nia Oyelaran-Brandt <nia.ob@example.co.za> wrote:
> Hi Candice, yes Tuesday 14:00 is perfect, please confirm. Thanks so much!
> Nia""",
  company="WindCo Developments", contact="candice@greenleaf-people.example.co.za",
  parent="nia-greenleaf-0218@example.co.za")

M(K, "emirati_cancel", "en", ("Mariam Al Suwaidi", "mariam.alsuwaidi@noor-capital-energy.example.ae"),
  "RE: Invitation for interview", "2026-05-09 09:02 +0400",
  """Dear Nia,

I hope you are doing well.

I regret to inform you that we have to cancel the interview scheduled on Monday, 11 May with our COO due to an urgent board meeting. We will revert with a new slot shortly.

Apologies for the inconvenience caused.

Warm regards,
Mariam Al Suwaidi
Noor Capital Energy""",
  company="Noor Capital Energy", contact="mariam.alsuwaidi@noor-capital-energy.example.ae",
  parent="nia-noor-0504@example.co.za", fmt="qp")

M(K, "uni_online_now", "en", ("Fatima Davids", "fatima.davids@uct.example.ac.za"),
  "Change to selection day arrangements - 9 April", "2026-04-06 11:00 +0200",
  """Dear Nia

Due to the planned protest action on Upper Campus, the selection committee has decided to move the seminar and interviews for the Senior Lecturer post from 9 April to Tuesday 14 April. The programme will remain the same; your slot is now 11:30.

Please confirm that the new date suits you.

Kind regards
Fatima Davids
University of Cape Town""",
  company="University of Cape Town", contact="fatima.davids@uct.example.ac.za")

M(K, "de_verschiebung", "de", ("Dr. Katrin Vogel", "katrin.vogel@elbnetz.example.de"),
  "AW: Einladung zum Vorstellungsgespräch – Projektingenieurin Netzintegration", "2026-03-10 08:15 +0100",
  """Sehr geehrte Frau Oyelaran-Brandt,

leider muss ich unser Gespräch am Donnerstag kurzfristig verschieben, da Herr Petersen an diesem Tag auf einer Baustelle gebraucht wird. Wäre Ihnen stattdessen Montag, der 16. März, um 13:00 Uhr recht?

Ich bitte die Umstände zu entschuldigen.

Mit freundlichen Grüßen
Katrin Vogel
Elbnetz AG

-----Ursprüngliche Nachricht-----
Von: Nia Oyelaran-Brandt <nia.ob@example.co.za>
Gesendet: Freitag, 6. März 2026 12:01
An: Katrin Vogel <katrin.vogel@elbnetz.example.de>
Betreff: AW: Einladung zum Vorstellungsgespräch

Sehr geehrte Frau Dr. Vogel, vielen Dank, den Termin am 12. März um 14:00 Uhr bestätige ich gern.""",
  company="Elbnetz", contact="katrin.vogel@elbnetz.example.de", parent="nia-elbnetz-0306@example.co.za",
  charset="iso-8859-1", fmt="qp")

M(K, "de_absage_termin", "de", ("Recruiting Team", "recruiting@sonnenstrom-ag.example.de"),
  "Abgesagt: Zweites Gespräch am 20.05.2026", "2026-05-18 17:30 +0200",
  """Guten Tag Frau Oyelaran-Brandt,

leider müssen wir den Termin am Mittwoch absagen, da unser Bereichsleiter erkrankt ist. Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag.

Freundliche Grüße
Ihr Recruiting Team der Sonnenstrom AG""",
  company="Sonnenstrom", contact="recruiting@sonnenstrom-ag.example.de", fmt="alt",
  ics=ics("zweites-gespraech-7781@sonnenstrom-ag.example.de", "20260520T080000Z", "20260520T093000Z",
          "Zweites Gespräch Nia Oyelaran-Brandt", "recruiting@sonnenstrom-ag.example.de",
          method="CANCEL", status="CANCELLED", sequence=1))

M(K, "de_telefon_spaeter", "de", ("Melanie Krause", "m.krause@nordlicht-beratung.example.de"),
  "Re: Telefoninterview mit meinem Kunden", "2026-08-21 15:50 +0200",
  """Hallo Frau Oyelaran-Brandt,

kleine Änderung: Herr Thiele ist am Montag doch auf einer Baustelle in Cuxhaven. Er würde Sie stattdessen am Dienstag, 25.08., um 10:30 Uhr anrufen. Passt das?

Herzliche Grüße
Melanie Krause
Nordlicht Beratung""",
  company="Weser Solarbau", contact="m.krause@nordlicht-beratung.example.de",
  parent="nia-nordlicht-0819@example.co.za")

M(K, "fr_report_entretien", "fr", ("Élise Moreau", "elise.moreau@hydrolyon.example.fr"),
  "Report de votre entretien du 17 février", "2026-02-13 09:48 +0100",
  """Madame,

En raison d'un impératif de M. Fontaine, nous sommes contraints de reporter votre entretien prévu le mardi 17 février. Nous vous proposons le jeudi 19 février à 14h00, toujours en visioconférence.

Pourriez-vous nous confirmer si ce nouveau créneau vous convient ?

Avec nos excuses pour ce changement,

Élise Moreau
HydroLyon""",
  company="HydroLyon", contact="elise.moreau@hydrolyon.example.fr", charset="iso-8859-1", fmt="qp")

M(K, "fr_annulation_cabinet", "fr", ("Céline Dubois", "celine.dubois@cabinet-arcadie.example.fr"),
  "RE: Entretien avec Énergies du Sahel – prochaine étape", "2026-06-30 08:30 +0200",
  """Bonjour Nia,

Je suis désolée, Énergies du Sahel vient de m'informer que l'entretien de jeudi est annulé : leur DG doit se rendre en urgence à Niamey. Ils reviennent vers moi avec de nouvelles dates dès que possible.

Je vous tiens au courant.
Céline

Le lun. 22 juin 2026 à 11:15, Nia Oyelaran-Brandt <nia.ob@example.co.za> a écrit :
> Bonjour Céline, le 2 juillet à 15h me convient très bien. Merci !""",
  company="Énergies du Sahel", contact="celine.dubois@cabinet-arcadie.example.fr",
  parent="nia-arcadie-0622@example.co.za")

M(K, "es_cambio_hora", "es", ("Carmen Ruiz", "carmen.ruiz@solandalus.example.es"),
  "Cambio de hora entrevista", "2026-02-23 18:05 +0100",
  """Estimada Nia:

Por un cambio en la agenda del Director de Construcción, necesitamos mover la entrevista del miércoles 25 de las 11:00 a las 16:00 h (hora peninsular), mismo día y mismo enlace de Teams.

Disculpe las molestias. Quedo a la espera de su confirmación.

Atentamente,
Carmen Ruiz
SolAndalus Energía""",
  company="SolAndalus Energía", contact="carmen.ruiz@solandalus.example.es", charset="iso-8859-1")

M(K, "es_cancelada_reprogramar", "es", ("Valentina Rojas", "vrojas@andes-headhunters.example.cl"),
  "RE: Entrevista con cliente minero - Antofagasta", "2026-10-09 12:00 -0300",
  """Hola Nia,

Malas noticias de logística: el gerente general tiene que viajar a faena la próxima semana, así que la entrevista del martes 13 queda suspendida. Me dicen que la reprograman para la semana del 19. Te aviso apenas tenga fecha.

Perdona el cambio.
Valentina""",
  company="Minera Atacama Solar", contact="vrojas@andes-headhunters.example.cl",
  parent="nia-andes-1005@example.co.za")
