"""Corpus 274: interview invitations (26), reschedules/cancellations (15) and missed-interview
notices (10), all hand-written."""

# ruff: noqa: C408  (each message is written as a dict(...) call: the spec format)

from __future__ import annotations

from msgs274_common import (
    CAND,
    ats_card,
    outlook,
    outlook_html,
    plain_html,
    reply,
)

INV = "interview_invitation"
RS = "interview_reschedule_or_cancel"
MISS = "missed_interview_notice"

AOIFE = ("Aoife Brennan", "aoife.brennan@corribcr.example.ie")
DEIRDRE = ("Deirdre Fahy", "deirdre.fahy@wluh.example.ie")
GEMMA = ("Gemma McCready", "gemma.mccready@laganresearch.example.co.uk")
CONOR = ("Conor Whelan", "conor.whelan@harbourview.example.ie")
KAREN = ("Karen Doyle", "karen.doyle@stbrigids.example.ie")
LISA = ("Lisa Behan", "lisa.behan@kilbridecardiac.example.ie")
MATHILDE = ("Mathilde Perrin", "mathilde.perrin@confluence-essais.example.fr")
SOPHIE = ("Sophie Lambert", "sophie.lambert@medisys.example.be")
SCHROEDER = ("Katrin Schröder", "k.schroeder@hohesvenn.example.be")
MARTA = ("Marta Puigdomènech Vidal", "marta.puigdomenech@ecmediterraneo.example.es")

# =============================================================================================
# Interview invitations
# =============================================================================================

_corrib_invite = """Hi Niamh,

Thanks for your application for the Clinical Research Coordinator role here at Corrib Clinical Research. Dr Ciarán Ó Laoi (Head of Site Operations) and I would love to meet you for a first interview.

The interview will last about 45 minutes, in person at our offices on Dock Road, Galway. We'll talk through your background, what drew you to clinical research, and a couple of scenario questions around patient visits and source documentation - nothing you need to prepare in advance.

Please use the link below to pick a time that suits you on Thursday 26 February or Friday 27 February:

https://app.greenhouse.io/schedule/corribcr/3b71c0a2-interview-availability

If none of those times work, just reply to this email and we'll sort something out.

Looking forward to meeting you,
Aoife

Aoife Brennan
Talent Partner | Corrib Clinical Research
Dock Road, Galway H91 K7P3"""

_wluh_invite = """Dear Niamh,

Clinical Research Coordinator (Grade VI), Clinical Research Facility - Competition WLUH/CRF/26/02

Following the shortlisting process, I am pleased to invite you to attend for interview for the above post.

Date: Wednesday 4 February 2026
Time: 10:00 (please arrive by 09:45)
Venue: Seminar Room 2, Clinical Research Facility, Western Lakes University Hospital, Newcastle Road, Galway

The interview panel will be chaired by Prof. Maeve Concannon, Director of the Clinical Research Facility. The interview will be competency-based and will last approximately 40 minutes.

Please bring photographic identification and the originals of your qualifications and NMBI/Dental Council registration, if applicable. A calendar invitation is attached for your convenience.

Please confirm your attendance by reply.

Yours sincerely,

Deirdre Fahy
HR Officer - Medical Recruitment
Western Lakes University Hospital
Tel: +353 91 555 4420

The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee. Access to this e-mail by anyone else is unauthorised."""

_wluh_cal = dict(method="REQUEST", uid="040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FWLUH0204",
                 seq=0, start="2026-02-04 10:00", end="2026-02-04 10:45", tz="GMT Standard Time",
                 summary="Interview - Clinical Research Coordinator (Grade VI) - N. Delacroix-Murphy",
                 location="Seminar Room 2, Clinical Research Facility, WLUH",
                 organizer=DEIRDRE, attendees=[CAND, ("Maeve Concannon", "maeve.concannon@wluh.example.ie")],
                 description="Competency-based interview. Please arrive by 09:45 and bring photo ID.")

_lagan_screen = """Hi Niamh,

Thanks for applying for the Clinical Research Coordinator role with Lagan Research Partners - your CV caught my eye, the patient-facing experience is exactly what our Belfast site team asked for.

Before we set anything up with the hiring manager I'd like to have a quick phone screen with you, about 20 minutes, just to go over the role, the hours and your salary expectations. Would Friday 6 March at 10:00 work? I'll ring you on the mobile number from your CV (+353 87 555 2291) unless you tell me otherwise.

Cheers,
Gemma

Gemma McCready
Talent Acquisition | Lagan Research Partners
Lanyon Quay, Belfast BT1 3LG | 028 9555 0118"""

_harbourview_invite = """Hi Niamh,

Great news - Liffey Bioresearch would like to meet you for the Clinical Research Coordinator position we discussed (their Sandyford site, 12-month contract with a view to permanent).

The interview is set for Monday 2 February at 11:00, in person at their offices: Block C, Central Park, Sandyford, Dublin 18. You'll meet Dr Orla Fitzsimons (Clinical Operations Lead) and someone from their HR team. Allow about an hour.

I'll send you a prep pack tomorrow with a few notes on the company and the kind of questions Orla likes to ask. Can you confirm by reply that the date and time work for you?

Conor

Conor Whelan | Senior Consultant, Clinical Operations
Harbourview Life Science Recruitment
14 Grand Canal Quay, Dublin 2 | +353 1 555 7710"""

_atlantic_invite = """Dear Niamh,

Thank you for your application for the role of Clinical Affairs Coordinator at Atlantic Stent Technologies.

We are delighted to invite you to our assessment day at our Parkmore site on Tuesday 28 April 2026, from 09:30 to 15:30. The day includes:

- a site tour, including a walk through our cath-lab simulation suite
- a short written exercise on a study visit schedule
- a group task with other candidates
- a one-to-one interview with Dr Anne-Marie Foy, Clinical Affairs Manager

Lunch will be provided. The full agenda and directions are in the attached PDF. Please let us know of any dietary requirements or accessibility needs.

Kindly confirm your attendance by Friday 17 April.

Best regards,

Rory Kenneally
People Team
Atlantic Stent Technologies
Parkmore West Business Park, Galway H91 P2W8
+353 91 555 3300"""

_moycullen_chat = """Niamh,

Got your CV via the Hub, thanks. I run a small research outfit out of Moycullen - mostly dermatology and a bit of oral medicine - and I need a coordinator for two studies starting in the summer.

Are you free next Thursday (the 2nd) around 2 to chat? Nothing formal, coffee in the office or a call, whichever is easier for you. Half an hour max.

Fergal

Dr Fergal Mac Donncha
Moycullen Medical Research
086 555 4102"""

_yeats_text = """Hello Niamh,

You have been selected to interview for Clinical Research Nurse / Coordinator (Job Requisition R-0012385) at Yeats Regional Hospital.

Please select an interview time from the available slots by clicking the button below. Interviews will take place on Microsoft Teams on Tuesday 19 May and Wednesday 20 May 2026. Slots are allocated on a first-come basis.

If you require a reasonable accommodation for the interview, please contact the recruitment team through the Candidate Home inbox.

Yeats Regional Hospital - Talent Acquisition"""

_hse_invite = """Dear Ms Delacroix-Murphy,

Campaign Reference: HW-CRC-26-007
Post: Clinical Research Coordinator, Grade VI, Galway University Research Network

I am pleased to advise that you have been shortlisted for interview for the above post. Your interview letter is attached and sets out the following:

Date: Thursday 19 February 2026
Time: 10:30
Venue: Interview Room 1, HR Building, Merlin Park, Galway

Please bring the documents listed in the letter, including two forms of photographic identification. Candidates who are unable to attend on the scheduled date should contact me by return email; alternative dates cannot be guaranteed.

Yours sincerely,

Siobhán Ní Fhlatharta
Recruitment Officer, HR West
Health Service Executive
Tel: 091 555 6620"""

_kilbride_application = """Dear Dr Tierney,

Please find attached my CV in application for the Clinical Research Coordinator post advertised on the Kilbride Cardiac Research website.

I am a registered dental nurse with six years' chairside experience in Galway, where I have also supported two practice-based audits. I recently completed ICH-GCP training and I am keen to move into study coordination, where my patient-facing skills would be put to good use.

Kind regards,
Niamh Delacroix-Murphy
+353 87 555 2291"""

_kilbride_invite = reply(
    """Dear Niamh,

Thank you for your application for the Clinical Research Coordinator post. Dr Tierney would like to meet you by video. Would Thursday 10 September at 14:30 suit? A Teams link will follow once you confirm.

The interview will take around 40 minutes with Dr Tierney and myself. We'll ask about your experience with patients and consent, how you organise your workload, and we'll leave time for your questions.

Lisa Behan
Study Coordinator
Kilbride Cardiac Research
Beaumont Court, Dublin 9
+353 1 555 3092""",
    "Tue, 1 Sep 2026 at 20:48", CAND, _kilbride_application)

_tessellate_invite = """Hi Niamh,

Thanks for applying to the Remote Site Coordinator role at Tessellate Trials! I'd like to set up a 30-minute phone screen to get to know you and tell you more about how our decentralised studies work.

Please choose a time that suits you here:
https://jobs.ashbyhq.com/tessellate/interview/schedule/8f20c1d4-7b13-4e0a-9c55

Talk soon,
Femi Adeyemi
Recruiter, Tessellate Trials"""

_bioh_invite = """Dear Niamh,

Research Coordinator - Periodontal Cohort Study (Ref. BIOH-26-114)

I am pleased to let you know that you have been shortlisted for the above post. We would like to invite you to an interview on Thursday 11 June 2026 at 10:00 in Room 2.14, Belfast Institute for Oral Health, Grosvenor Road.

As part of the interview we will ask you to give a ten-minute presentation on the following topic: "How would you approach recruiting and retaining dental hospital patients in a five-year observational study?" You may bring slides on a USB stick or send them to me by Wednesday 10 June at noon.

The panel will be myself, Dr Kenneth Boyd (Clinical Director) and Mr Jonathan Irvine (HR). Please let me know if you require any adjustments.

With best wishes,

Dr Ruth Agnew
Senior Lecturer in Oral Health Research
Belfast Institute for Oral Health
Tel: +44 28 9555 2731"""

_shannonside_invite = """Hi Niamh,

Following on from our email exchange, I've set up your interview for the Clinical Trials Coordinator role as a Teams meeting - you should see the invite in your calendar.

When: Wednesday 27 May, 11:00-11:45 (Irish time)
Who: Mairéad Culhane (Trial Manager) and me

Join on your computer or mobile app: click the Teams link in the calendar invitation. If you have any trouble connecting, ring me on 061 555 2290.

Best,
Sarah O'Dwyer
Recruitment Coordinator
Shannonside Clinical Trials, National Technology Park, Limerick"""

_shannonside_cal = dict(method="REQUEST", uid="shannonside-ctc-2026-05-27-niamh", seq=0,
                        start="2026-05-27 11:00", end="2026-05-27 11:45", tz="Europe/Dublin",
                        summary="Interview: Clinical Trials Coordinator - Niamh Delacroix-Murphy",
                        location="Microsoft Teams Meeting",
                        organizer=("Sarah O'Dwyer", "sarah.odwyer@shannonsidect.example.ie"),
                        attendees=[CAND, ("Mairead Culhane", "mairead.culhane@shannonsidect.example.ie")],
                        description="Join: https://teams.example.com/l/meetup-join/19%3ameeting_shannonside")

_kestrel_invite = """Hi Niamh,

Good news from Burren Biostatistics - they'd like to interview you for the Clinical Data Coordinator role we spoke about on Friday.

- Monday 28 September, 11:00
- Video call (Zoom), around 45 minutes
- With Eoin Considine (Head of Data Management) and Tara Lynch (Senior CDM)

Eoin will send the Zoom link directly. They'll want to hear about your attention to detail - so have an example or two ready from the practice (charting, stock control, audits). Give me a shout after and let me know how it went.

Shauna

Shauna Geraghty
Principal Consultant | Kestrel Clinical Talent
Eyre Square Business Centre, Galway | +353 91 555 8874"""

_stbrigids_invite = """Dear Niamh,

Thank you for attending the first interview for the Research Coordinator post last week.

I am delighted to say the panel would like to meet you again for a second-round interview. This will be with Professor Liam Hennessy (Principal Investigator, Paediatric Respiratory Studies) and myself, and will take place on Tuesday 14 July at 14:00 in the Research Office, Level 3, St. Brigid's Research Hospital.

In the second round we would like you to talk us through how you would organise a typical week of study visits for a respiratory trial with twelve active participants. No slides are needed.

I'll send a calendar invitation shortly. Please let me know if the time doesn't suit.

Warm regards,
Karen Doyle
Research Office Manager
St. Brigid's Research Hospital, Dublin 8
Tel: 01 555 4870"""

_benbulben_invite = """Hi Niamh,

Following your application for the Clinical Evidence Coordinator role, we’d like to invite you to an on-site interview at our plant in Collooney on Tuesday 24 February at 11:00.

You’ll meet me and Úna from Regulatory Affairs, then get a quick tour of the cleanroom and the complaints-handling team – wear flat shoes, no heels in production. Should take about two hours all in.

Parking is at the front of the building; just give your name at reception.

Declan

Declan Harte
Quality & Clinical Manager
Benbulben Medical Devices
Collooney, Co. Sligo F91 T6Y2
+353 71 555 9034"""

# --- French ---

_confluence_invite = """Bonjour Niamh,

Suite à l'examen de votre candidature au poste d'attachée de recherche clinique junior, nous avons le plaisir de vous proposer un entretien en visioconférence avec le Dr Julien Vasseur, responsable des opérations cliniques.

Date : mercredi 15 avril 2026
Heure : 10h00 (heure de Paris), durée 45 minutes environ
Lien Teams : https://teams.example.com/l/meetup-join/confluence-arc-junior

L'entretien se déroulera en anglais et en français. Merci de me confirmer votre disponibilité par retour de mail.

Bien cordialement,

Mathilde Perrin
Chargée de recrutement
Confluence Essais Cliniques
12 quai Rambaud, 69002 Lyon"""

_medisys_invite = """Bonjour Madame Delacroix-Murphy,

Nous avons bien étudié votre candidature pour le poste de Clinical Research Coordinator basé à Leuven et nous souhaitons vous rencontrer.

Je vous propose un entretien le mardi 4 août à 10h00 dans nos bureaux de Leuven (Interleuvenlaan 15, 3001 Heverlee). Vous rencontrerez Thomas Vermeulen, Clinical Project Manager, et moi-même. Vous trouverez ci-joint l'invitation pour votre agenda.

Si ce créneau ne vous convient pas, n'hésitez pas à m'en proposer un autre.

Cordialement,

Sophie Lambert
HR Business Partner
Medisys Benelux
Boulevard du Souverain 280, 1160 Bruxelles
+32 2 555 71 40"""

_medisys_cal = dict(method="REQUEST", uid="medisys-crc-leuven-20260804-ndm", seq=0,
                    start="2026-08-04 10:00", end="2026-08-04 11:00", tz="Europe/Brussels",
                    summary="Entretien - Clinical Research Coordinator (Leuven)",
                    location="Medisys Benelux, Interleuvenlaan 15, 3001 Heverlee",
                    organizer=SOPHIE,
                    attendees=[CAND, ("Thomas Vermeulen", "thomas.vermeulen@medisys.example.be")],
                    description="Entretien avec Thomas Vermeulen et Sophie Lambert.")

_lumiere_invite = """Bonjour Niamh,

Nous avons le plaisir de vous convier à une demi-journée de mise en situation pour le poste de Technicienne de recherche clinique au sein de notre unité d'essais précoces.

Elle aura lieu le mardi 1er septembre, de 8h30 à 13h00, à l'Institut Lumière de Recherche Clinique, 8 rue Guillaume Paradin, 69008 Lyon. Au programme : présentation de l'unité, exercice pratique de vérification de dossiers sources, entretien individuel avec le Dr Hélène Marchand.

Merci de confirmer votre présence avant le 25 août et de vous munir d'une pièce d'identité.

Bastien Roux
Ressources humaines
Institut Lumière de Recherche Clinique"""

_alpes_invite = """Bonjour Niamh,

Bonne nouvelle : Laboratoires Saône Diagnostics souhaite vous rencontrer pour le poste de coordinatrice d'études cliniques. Seriez-vous disponible jeudi 26 mars à 10h00 à leur siège de Gerland ?

Vous serez reçue par Nicolas Berthier, responsable des études cliniques, et par une personne des RH. Comptez une heure. Je vous envoie d'ici demain une fiche avec l'adresse exacte et quelques conseils pour préparer l'échange.

Belle journée,

Camille Girard
Consultante Santé & Sciences de la vie
Alpes Rhône Talents
06 55 51 42 90"""

# --- German ---

_hohesvenn_invite = """Sehr geehrte Frau Delacroix-Murphy,

vielen Dank für Ihre Bewerbung als Studienkoordinatorin (m/w/d) in unserem Studienzentrum.

Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einzuladen:

Termin: Mittwoch, 20. Mai 2026, 14:00 Uhr
Ort: Hohes Venn Klinikum, Verwaltungsgebäude, Raum 104, Hufengasse 4, 4700 Eupen
Gesprächspartner: Dr. Matthias Kessel (Leiter Studienzentrum) und ich

Das Gespräch findet auf Deutsch statt; einzelne Teile können gerne auf Englisch geführt werden. Eine Kalendereinladung finden Sie im Anhang. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Katrin Schröder
Personalabteilung
Hohes Venn Klinikum
Tel. +32 87 55 59 31"""

_hohesvenn_cal = dict(method="REQUEST", uid="hvk-bewerbung-2026-0520-1400-ndm", seq=0,
                      start="2026-05-20 14:00", end="2026-05-20 15:00", tz="Europe/Brussels",
                      summary="Vorstellungsgespräch Studienkoordination – Frau Delacroix-Murphy",
                      location="Hohes Venn Klinikum, Verwaltungsgebäude, Raum 104, Eupen",
                      organizer=SCHROEDER,
                      attendees=[CAND, ("Dr. Matthias Kessel", "m.kessel@hohesvenn.example.be")])

_rheinmaas_screen = """Hallo Frau Delacroix-Murphy,

danke für Ihre Bewerbung als Clinical Research Coordinator für unseren Standort in Leuven.

Ich würde gern ein kurzes Telefoninterview (ca. 20-30 Minuten) mit Ihnen führen, um Ihre Erfahrungen und Ihre Erwartungen an die Stelle besser kennenzulernen. Passt Ihnen Dienstag, der 10. Februar, um 10:00 Uhr (MEZ)? Ich würde Sie dann unter der Nummer aus Ihrem Lebenslauf anrufen.

Das Gespräch können wir gern auf Englisch führen.

Viele Grüße
Jonas Weidenfeld
Recruiter | Rheinmaas Clinical GmbH
Theaterstraße 30, 52062 Aachen"""

_eifel_invite = """Hallo Frau Delacroix-Murphy,

vielen Dank für Ihre Bewerbung als „Clinical Affairs Specialist (Junior)“ für unser Büro in Leuven. Ihr Profil hat uns angesprochen, und wir möchten Sie gern in einem Videogespräch näher kennenlernen.

Bitte wählen Sie über den folgenden Button einen passenden Termin aus. Das Gespräch dauert etwa 45 Minuten und findet mit Herrn Dr. Felix Raab (Head of Clinical Affairs) statt.

Wir freuen uns auf das Gespräch!

Lena Brückner
Talent Acquisition, Eifel MedTec GmbH"""

_ostbelgien_invite = """Guten Tag Frau Delacroix-Murphy,

danke für Ihre Unterlagen, die uns über Ihre Bewerbung als Studienkoordinatorin in unserer Studienambulanz erreicht haben.

Wir würden Sie gerne kennenlernen. Hätten Sie am Mittwoch, 22. April, um 10 Uhr Zeit für ein Gespräch bei uns in Sankt Vith? Im Anschluss zeige ich Ihnen gerne die Ambulanz und stelle Ihnen das Team vor.

Falls die Anreise aus Irland schwierig ist, können wir das Gespräch auch per Video führen – geben Sie mir einfach Bescheid.

Freundliche Grüße

Bernd Lorentz
Pflegedirektor
Ostbelgien Reha Zentrum VoG
Klosterstraße 9, 4780 Sankt Vith
Tel. +32 80 55 51 20"""

# --- Spanish ---

_ecm_invite = """Hola Niamh:

Gracias por tu interés en el puesto de Coordinadora de Ensayos Clínicos en nuestra área de oncología.

Nos gustaría conocerte en una entrevista por videollamada:

Fecha: lunes 22 de junio de 2026
Hora: 10:00 (hora de Barcelona)
Plataforma: Microsoft Teams (te enviaré el enlace el día anterior)
Duración aproximada: 45 minutos, con la Dra. Laia Ferrús, coordinadora del área, y conmigo.

¿Nos confirmas tu disponibilidad?

Un saludo,

Marta Puigdomènech Vidal
Técnica de Selección
Ensayos Clínicos Mediterráneo
Carrer de Pujades 120, 08005 Barcelona"""

_talento_invite = """Hola Niamh:

¡Buenas noticias! La Fundació Recerca Montjuïc quiere entrevistarte para la posición de Coordinadora de Estudios Clínicos. Te propongo el viernes 4 de septiembre a las 11:00 en sus oficinas de Poble-sec.

La entrevista será con la Dra. Núria Serra, investigadora principal del grupo de salud bucodental, y durará una hora aproximadamente. Te recomiendo repasar el protocolo del estudio que te envié la semana pasada: seguro que te preguntan por él.

¿Me confirmas que te va bien? Si prefieres hacerla en remoto, lo consulto con ellos.

Un abrazo,
Javier

Javier Ortega Ruiz
Consultor Senior – Life Sciences
Talento Salud Barcelona
+34 655 51 22 09"""

_besos_invite = """Hola Niamh,

Nos alegra comunicarte que has pasado a la siguiente fase del proceso de selección para la plaza de Data Manager / Coordinadora de Estudios.

Te convocamos a una jornada de evaluación que incluye una dinámica de grupo y una entrevista individual:

Día: jueves 17 de septiembre de 2026
Hora: 9:30 a 13:30
Lugar: Instituto de Investigación, Edificio B, planta 2, Hospital Universitari del Besòs (Badalona)

Por favor, confirma tu asistencia en el enlace de abajo.

Equipo de Recursos Humanos
Hospital Universitari del Besòs"""

# =============================================================================================
# Reschedules / cancellations
# =============================================================================================

_corrib_moved = reply(
    """Hi Niamh,

Apologies for this - Ciarán has been pulled into a sponsor audit on Thursday, so we need to move your interview. Could we do Tuesday 3 March at 11:00 instead, same place (Dock Road)? I've cancelled the Thursday booking on our side.

If Tuesday doesn't work, send me two or three times that suit and I'll match them to Ciarán's diary.

Sorry again,
Aoife

Aoife Brennan
Talent Partner | Corrib Clinical Research""",
    "Thu, 19 Feb 2026 at 11:20", ("Aoife Brennan via Greenhouse", "no-reply@greenhouse-mail.io"),
    _corrib_invite)

_wluh_update = reply(
    """Dear Niamh,

Thank you for letting me know about your clash on Wednesday. Prof. Concannon is able to see you on Friday 6 February at 10:00 instead, in the same room. I have updated the calendar invitation accordingly - please accept the new time.

Yours sincerely,
Deirdre Fahy
HR Officer - Medical Recruitment
Western Lakes University Hospital""",
    "Thu, 22 Jan 2026 at 19:10", CAND,
    """Dear Ms Fahy,

Thank you very much for the invitation. Unfortunately I am rostered for a surgical list on Wednesday 4 February which I cannot swap at this notice. Would it be possible to attend later that week?

Kind regards,
Niamh Delacroix-Murphy""")

_wluh_cal_update = dict(_wluh_cal, seq=1, start="2026-02-06 10:00", end="2026-02-06 10:45",
                        description="UPDATED: now Friday 6 February. Please arrive by 09:45.")

_lagan_resched = reply(
    """No bother at all Niamh, these things happen. Let's try again Friday 13th at 2pm - same number?

Gemma""",
    "Fri, 6 Mar 2026 at 11:58", CAND,
    """Gemma, I'm mortified - my phone died on the way back from the school run and I only saw your message now. I'm so sorry. Could we try again any time next week?

Niamh""")

_bioh_ill = """Dear Niamh,

I am writing on behalf of Dr Ruth Agnew, who is unwell and will be off work for the rest of this week.

Unfortunately this means we have to postpone your interview for the Research Coordinator post, which was scheduled for Thursday 11 June at 10:00. We are very sorry for the short notice.

We would like to offer you Thursday 18 June at 10:00 instead, in the same room (2.14). The presentation topic remains the same. Could you please confirm whether this suits? If not, let me know your availability that week.

Kind regards,

Jonathan Irvine
HR Business Partner
Belfast Institute for Oral Health
Tel: +44 28 9555 2700"""

_stbrigids_cancel = reply(
    """Dear Niamh,

I'm sorry to do this at short notice: I have cancelled the calendar invitation for Tuesday's second-round interview, as two members of the panel have been called to a regulatory inspection. I'll come back to you with a new date as soon as I can.

Your application is still very much live - this is purely a diary problem on our side.

Karen""",
    "Tue, 7 Jul 2026 at 16:22", KAREN, _stbrigids_invite)

_stbrigids_cal = dict(method="CANCEL", uid="stbrigids-rc-2round-20260714-ndm", seq=2,
                      start="2026-07-14 14:00", end="2026-07-14 15:00", tz="Europe/Dublin",
                      summary="Cancelled: Second-round interview - Research Coordinator",
                      location="Research Office, Level 3, St. Brigid's Research Hospital",
                      organizer=KAREN,
                      attendees=[CAND, ("Liam Hennessy", "liam.hennessy@stbrigids.example.ie")])

_atlantic_moved = """Dear Niamh,

We need to change the date of the assessment day for the Clinical Affairs Coordinator role. Our Parkmore site has a notified-body audit that was brought forward to the week of 27 April, and we can't host visitors on the production floor during it.

The assessment day will now take place on Tuesday 5 May 2026, same times (09:30 to 15:30) and same format. The agenda attached to our earlier email still applies.

Could you confirm whether the new date works for you? We are sorry for the inconvenience.

Best regards,
Rory Kenneally
People Team, Atlantic Stent Technologies"""

_harbourview_moved = reply(
    """Hi Niamh,

Small change - Orla at Liffey has a clash on Monday and has asked whether you could come in on Thursday 5 February at 14:00 instead. Same address, same people.

I know you'd arranged cover at the practice for Monday, so sorry about that. Let me know and I'll confirm with them.

Conor""",
    "Tue, 27 Jan 2026 at 17:05", CONOR, _harbourview_invite)

_tessellate_resched = """Hi Niamh,

Your interview with Tessellate Trials has been rescheduled.

Previous time: Wednesday, August 12, 2026, 11:00 AM - 11:30 AM (IST)
New time: Wednesday, August 19, 2026, 3:00 PM - 3:30 PM (IST)
Interview: Phone screen - Remote Site Coordinator
Interviewer: Femi Adeyemi

An updated calendar invitation is attached. If the new time doesn't work for you, use the link below to pick another slot.

https://jobs.ashbyhq.com/tessellate/interview/reschedule/8f20c1d4-7b13-4e0a-9c55

Sent by Ashby on behalf of Tessellate Trials"""

_tessellate_cal = dict(method="REQUEST", uid="ashby-8f20c1d4-7b13-4e0a-9c55", seq=1,
                       start="2026-08-19 15:00", end="2026-08-19 15:30", tz="Europe/Dublin",
                       summary="Phone screen - Remote Site Coordinator (Tessellate Trials)",
                       location="Phone call", organizer=("Tessellate Trials", "no-reply@ashbyhq.com"),
                       prodid="-//Ashby//Interview Scheduling//EN")

_hse_venue = outlook(
    """Dear Ms Delacroix-Murphy,

Please note a change to the arrangements for your interview on Thursday 19 February, campaign HW-CRC-26-007.

Because of building works in the HR Building, interviews that day will be held in the Education Centre, Merlin Park University Hospital (Block 4, ground floor). Your interview time has also changed from 10:30 to 14:15.

All other details in your interview letter remain the same. Please confirm receipt of this email.

Yours sincerely,
Siobhán Ní Fhlatharta
Recruitment Officer, HR West

********************************************************************
Tá an ríomhphost seo faoi rún. This email is confidential and is intended solely for the addressee. If you have received it in error, please inform the sender and delete it. The HSE does not accept liability for views expressed that are not those of the HSE.
********************************************************************""",
    ("Siobhán Ní Fhlatharta", "siobhan.nifhlatharta@hse-west.example.ie"),
    "Monday 9 February 2026 11:00", CAND, "HW-CRC-26-007 - Invitation to interview",
    _hse_invite)

_confluence_resched = reply(
    """Bonjour Niamh,

Merci pour votre message. Je vous propose un nouveau créneau le mercredi 22 avril à 14h00, toujours en visio avec le Dr Vasseur.

Le lien Teams reste le même. Merci de me confirmer que ce créneau vous convient ; à défaut, je peux aussi vous proposer le jeudi 23 avril en fin de matinée.

Bien cordialement,

Mathilde Perrin
Chargée de recrutement
Confluence Essais Cliniques""",
    "mer. 15 avr. 2026 à 12:04", CAND,
    """Bonjour Madame Perrin,

Je suis vraiment désolée pour ce matin : une coupure d'électricité dans mon quartier m'a empêchée de me connecter. Serait-il possible de convenir d'un autre créneau ?

Bien cordialement,
Niamh Delacroix-Murphy""", lang="fr")

_medisys_cancel = reply(
    """Bonjour Madame Delacroix-Murphy,

Je suis contrainte d'annuler notre entretien du mardi 4 août. Thomas Vermeulen doit se rendre en urgence chez un investigateur à Gand ce jour-là et je préfère que vous puissiez le rencontrer en personne.

Votre candidature reste bien entendu en cours : je reviens vers vous dès la semaine prochaine avec de nouvelles dates. Toutes mes excuses pour ce contretemps.

Cordialement,

Sophie Lambert
HR Business Partner
Medisys Benelux""",
    "lun. 27 juil. 2026 à 14:00", SOPHIE, _medisys_invite, lang="fr")

_medisys_cal_cancel = dict(_medisys_cal, method="CANCEL", seq=1,
                           summary="Annulé : Entretien - Clinical Research Coordinator (Leuven)")

_hohesvenn_cancel = """Sehr geehrte Frau Delacroix-Murphy,

leider muss ich Ihnen mitteilen, dass Dr. Kessel kurzfristig erkrankt ist. Den Termin für Ihr Vorstellungsgespräch am Mittwoch, 20. Mai, um 14:00 Uhr müssen wir daher absagen – die Kalendereinladung habe ich storniert.

Wir sind weiterhin sehr an einem Gespräch mit Ihnen interessiert. Als Ersatztermin schlagen wir Mittwoch, 27. Mai, 14:00 Uhr am selben Ort vor. Bitte teilen Sie mir mit, ob Ihnen dieser Termin passt.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen

Katrin Schröder
Personalabteilung
Hohes Venn Klinikum"""

_hohesvenn_cal_cancel = dict(_hohesvenn_cal, method="CANCEL", seq=1,
                             summary="Abgesagt: Vorstellungsgespräch Studienkoordination")

_eifel_moved = """Hallo Frau Delacroix-Murphy,

leider müssen wir Ihr Videogespräch am Montag, 16. März, um 10:00 Uhr verschieben, da Herr Dr. Raab an diesem Tag auf einer Messe ist.

Neuer Termin: Donnerstag, 19. März 2026, 15:00 Uhr (MEZ). Der Link zum Videogespräch bleibt unverändert.

Sollte Ihnen der neue Termin nicht passen, antworten Sie bitte einfach auf diese E-Mail.

Viele Grüße
Lena Brückner
Talent Acquisition, Eifel MedTec GmbH"""

_ecm_resched = reply(
    """Hola Niamh:

Te escribo para cambiar la hora de la entrevista del lunes 22: la Dra. Ferrús tiene una visita de monitorización a primera hora, así que la pasamos a las 12:00 en lugar de las 10:00. El día y el formato (Teams) no cambian.

Perdona las molestias. ¿Te va bien a esa hora?

Marta""",
    "lun., 15 jun. 2026 a las 9:30", MARTA, _ecm_invite, lang="es")

_besos_aplaza = """Hola Niamh,

Te escribimos para informarte de que la jornada de evaluación prevista para el jueves 17 de septiembre queda aplazada. Coincide con una auditoría interna del Instituto de Investigación y no podríamos atenderos como merecéis.

La nueva fecha es el jueves 1 de octubre, en el mismo horario (9:30 a 13:30) y lugar. No tienes que volver a inscribirte; solo confirmarnos que puedes asistir.

Disculpa las molestias.

Núria Ferrer
Recursos Humanos - Selección
Hospital Universitari del Besòs"""

# =============================================================================================
# Missed-interview notices
# =============================================================================================

_lagan_missed = """Hi Niamh,

I tried calling you twice at 10:00 for our phone screen but it went straight to voicemail both times. I left a message too.

No worries if something came up - just let me know when suits and we'll rearrange.

Gemma

Gemma McCready
Talent Acquisition | Lagan Research Partners
028 9555 0118"""

_kilbride_missed = """Hi Niamh,

We were all set up on Teams at 14:30 for your interview and waited until about 14:50, but you didn't join. I also tried the mobile number on your CV.

I hope everything is OK. Let me know what happened.

Lisa Behan
Study Coordinator, Kilbride Cardiac Research"""

_kestrel_missed = """Hi Niamh,

I've just had Eoin from Burren Biostatistics on the phone - he and Tara were on the Zoom at 11 this morning and you didn't come on. They waited ten minutes and emailed you the link again.

Is everything alright? This isn't like you, so I'm assuming something went wrong with the link or the time. Ring me as soon as you get this and I'll see whether I can smooth it over with them.

Shauna
+353 91 555 8874"""

_moycullen_missed = """Niamh - we had you down for 2 today, did something come up? I was in the office till half 3. Text me if you still want to meet.

F."""

_hse_dna = """Dear Ms Delacroix-Murphy,

Campaign Reference: HW-CNS-26-044
Post: Clinical Nurse Specialist (Research), Galway

Our records show that you did not attend for interview for the above post on Wednesday 30 September 2026 at 11:15, as scheduled in our letter of 16 September.

If your non-attendance was due to exceptional circumstances, please contact me in writing within five working days of the date of this email, with supporting documentation where possible. If we do not hear from you within that period, your application for this campaign will be deemed withdrawn.

Yours sincerely,

Tomás Keane
Recruitment Officer, HR West
Health Service Executive
Tel: 091 555 6634"""

_dodder_voicemail = """Hi Niamh,

I rang you at 11:00 as we'd agreed for our initial call about the Clinical Study Coordinator role, but there was no answer, so I left a voicemail.

Maybe the time got mixed up? I have a few slots free tomorrow afternoon and Friday morning if you'd like to try again - just reply with what suits.

Thanks,
Hannah Kavanagh
Talent Acquisition Partner, Dodder Diagnostics
+353 1 555 6620"""

_confluence_missed = """Bonjour Niamh,

Nous avions rendez-vous ce matin à 10h00 pour votre entretien avec le Dr Vasseur. Nous vous avons attendue sur Teams pendant une vingtaine de minutes, sans parvenir à vous joindre, et je n'ai pas réussi à vous avoir au téléphone.

J'espère qu'il ne vous est rien arrivé. Pouvez-vous me tenir informée ?

Mathilde Perrin
Chargée de recrutement
Confluence Essais Cliniques
Tél. : +33 4 55 50 21 70"""

_rheinmaas_missed = """Hallo Frau Delacroix-Murphy,

wie vereinbart habe ich Sie heute um 10:00 Uhr für unser Telefoninterview angerufen – zweimal, leider ohne Erfolg. Auf Ihrer Mailbox habe ich eine kurze Nachricht hinterlassen.

Vielleicht ist bei der Zeitzone etwas durcheinandergeraten (10:00 MEZ entspricht 9:00 Uhr in Irland)? Melden Sie sich gern bei mir.

Viele Grüße
Jonas Weidenfeld
Rheinmaas Clinical GmbH
Tel. +49 241 555 3120"""

_brabant_missed = """Sehr geehrte Frau Delacroix-Murphy,

für heute, 11:00 Uhr, war unser Webex-Gespräch zur Stelle Studienassistenz Site Management vereinbart. Frau Janssens und ich waren pünktlich im Webex-Raum und haben eine Viertelstunde gewartet, Sie waren jedoch nicht im Meeting.

Bitte teilen Sie uns mit, ob Sie weiterhin Interesse an der Stelle haben.

Mit freundlichen Grüßen

Dr. Ulrike Hahn
Leiterin Personal
Brabant Pharma Services"""

_ecm_missed = """Hola Niamh:

Hoy a las 12:00 teníamos la entrevista por Teams con la Dra. Ferrús. Te hemos esperado un cuarto de hora, pero no te has conectado, y al llamarte al móvil saltaba el buzón de voz.

¿Ha pasado algo? Dime algo cuando puedas.

Marta Puigdomènech Vidal
Ensayos Clínicos Mediterráneo"""

MESSAGES: list[dict] = [
    # ---------------- invitations: English ----------------
    dict(kind=INV, name="greenhouse_scheduling_link", lang="en", company="Corrib Clinical Research",
         contact="aoife.brennan@corribcr.example.ie", id="corrib-invite",
         frm=("Aoife Brennan via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=AOIFE,
         date="2026-02-19 11:20 +0000",
         subject="Interview invitation: Clinical Research Coordinator at Corrib Clinical Research",
         text=_corrib_invite, html=plain_html(_corrib_invite)),
    dict(kind=INV, name="panel_with_calendar_request", lang="en",
         company="Western Lakes University Hospital", contact="deirdre.fahy@wluh.example.ie",
         id="wluh-invite", frm=DEIRDRE, date="2026-01-21 14:30 +0000", cte="qp",
         subject="Invitation to interview - Clinical Research Coordinator (Grade VI)",
         text=_wluh_invite, html=outlook_html(_wluh_invite), calendar=_wluh_cal,
         attach=[dict(type="ics", filename="invite.ics", cal=_wluh_cal)],
         headers=[("Thread-Topic", "Invitation to interview - Clinical Research Coordinator"),
                  ("X-MS-Has-Attach", "yes")]),
    dict(kind=INV, name="phone_screen_ask", lang="en", company="Lagan Research Partners",
         contact="gemma.mccready@laganresearch.example.co.uk", id="lagan-screen", frm=GEMMA,
         date="2026-03-03 09:50 +0000",
         subject="Clinical Research Coordinator - quick phone chat?", text=_lagan_screen),
    dict(kind=INV, name="agency_sets_up_client", lang="en", company="Liffey Bioresearch",
         contact="conor.whelan@harbourview.example.ie", id="harbourview-liffey-invite", frm=CONOR,
         date="2026-01-27 17:05 +0000",
         subject="Interview with Liffey Bioresearch - Monday 2 Feb", text=_harbourview_invite),
    dict(kind=INV, name="assessment_day_pdf_agenda", lang="en",
         company="Atlantic Stent Technologies", contact="rory.kenneally@atlanticstent.example.ie",
         id="atlantic-invite", frm=("Rory Kenneally", "rory.kenneally@atlanticstent.example.ie"),
         date="2026-04-14 10:00 +0100", cte="base64",
         subject="Assessment Day - Clinical Affairs Coordinator",
         text=_atlantic_invite, html=plain_html(_atlantic_invite),
         attach=[dict(type="pdf", filename="Assessment_Day_Agenda_28April.pdf", lines=[
             "Atlantic Stent Technologies - Assessment Day", "Clinical Affairs Coordinator",
             "Tuesday 28 April 2026, Parkmore West, Galway", "",
             "09:30 Welcome and coffee (Reception, Building 2)",
             "10:00 Site tour incl. cath-lab simulation suite",
             "11:00 Written exercise: study visit schedule (45 min)",
             "12:00 Group task", "13:00 Lunch",
             "13:45 One-to-one interviews with Dr Anne-Marie Foy",
             "15:30 Close", "", "Parking: visitor spaces V1-V20. Bring photo ID."])]),
    dict(kind=INV, name="casual_free_thursday", lang="en", company="Moycullen Medical Research",
         contact="fergal@moycullenmedical.example.ie", id="moycullen-chat",
         frm=("Fergal Mac Donncha", "fergal@moycullenmedical.example.ie"),
         date="2026-03-25 21:40 +0000", subject="your CV", text=_moycullen_chat),
    dict(kind=INV, name="workday_pick_a_slot", lang="en", company="Yeats Regional Hospital", contact="",
         frm=("Yeats Regional Hospital", "yeatsregional@myworkday.com"),
         date="2026-05-12 07:30 +0000", cte="qp",
         subject="Action required: schedule your interview for Clinical Research Nurse / Coordinator",
         html=ats_card("Yeats Regional Hospital", "#005eb8", _yeats_text,
                       "This email was sent from an unmonitored mailbox. Powered by Workday.",
                       button=("Schedule Interview",
                               "https://yeatsregional.wd3.myworkday.com/candidate/interview/R-0012385")),
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind=INV, name="hse_letter_pdf", lang="en", company="HSE",
         contact="siobhan.nifhlatharta@hse-west.example.ie", id="hse-invite",
         frm=("Siobhán Ní Fhlatharta", "siobhan.nifhlatharta@hse-west.example.ie"),
         name_enc=("utf-8", "b"), date="2026-02-09 11:00 +0000", cte="qp",
         subject="HW-CRC-26-007 - Invitation to interview",
         text=_hse_invite,
         attach=[dict(type="pdf", filename="HW-CRC-26-007_Interview_Letter.pdf", lines=[
             "Health Service Executive - HR West", "Campaign HW-CRC-26-007",
             "Clinical Research Coordinator, Grade VI", "",
             "Dear Ms Delacroix-Murphy,",
             "You are invited to attend for interview on Thursday 19 February 2026 at 10:30",
             "in Interview Room 1, HR Building, Merlin Park, Galway.",
             "Please bring: two forms of photo ID; original qualifications; this letter.",
             "", "Recruitment Officer, HR West"])]),
    dict(kind=INV, name="reply_to_application", lang="en", company="Kilbride Cardiac Research",
         contact="lisa.behan@kilbridecardiac.example.ie", id="kilbride-invite", frm=LISA,
         reply="niamh-kilbride-application", date="2026-09-04 10:31 +0100",
         subject="Re: Application - Clinical Research Coordinator", text=_kilbride_invite),
    dict(kind=INV, name="ashby_book_phone_screen", lang="en", company="Tessellate Trials",
         contact="femi@tessellatetrials.example.com", id="tessellate-invite",
         frm=("Tessellate Trials", "no-reply@ashbyhq.com"),
         reply_to=("Femi Adeyemi", "femi@tessellatetrials.example.com"),
         date="2026-08-07 12:15 +0100",
         subject="Let's chat about the Remote Site Coordinator role",
         text=_tessellate_invite,
         html=ats_card("Tessellate Trials", "#3f3cbb", _tessellate_invite, "Sent via Ashby",
                       button=("Choose a time", "https://jobs.ashbyhq.com/tessellate/interview/schedule/8f20c1d4-7b13-4e0a-9c55"))),
    dict(kind=INV, name="panel_and_presentation", lang="en",
         company="Belfast Institute for Oral Health", contact="ruth.agnew@bioh.example.ac.uk",
         id="bioh-invite", frm=("Dr Ruth Agnew", "ruth.agnew@bioh.example.ac.uk"),
         cc=[("Jonathan Irvine", "jonathan.irvine@bioh.example.ac.uk")],
         date="2026-06-02 09:12 +0100", charset="windows-1252", cte="qp",
         subject="Interview invitation - Research Coordinator (BIOH-26-114)",
         text=_bioh_invite, html=outlook_html(_bioh_invite, lang="en-GB", charset="windows-1252")),
    dict(kind=INV, name="teams_calendar_inline", lang="en", company="Shannonside Clinical Trials",
         contact="sarah.odwyer@shannonsidect.example.ie",
         frm=("Sarah O'Dwyer", "sarah.odwyer@shannonsidect.example.ie"),
         date="2026-05-20 15:00 +0100",
         subject="Interview: Clinical Trials Coordinator - Wed 27 May 11:00",
         text=_shannonside_invite, html=plain_html(_shannonside_invite),
         calendar=_shannonside_cal),
    dict(kind=INV, name="agency_client_interview", lang="en", company="Burren Biostatistics",
         contact="shauna@kestreltalent.example.ie", id="kestrel-burren-invite",
         frm=("Shauna Geraghty", "shauna@kestreltalent.example.ie"),
         date="2026-09-21 13:40 +0100",
         subject="Burren Biostatistics want to meet you!", text=_kestrel_invite),
    dict(kind=INV, name="second_round", lang="en", company="St. Brigid's Research Hospital",
         contact="karen.doyle@stbrigids.example.ie", id="stbrigids-invite", frm=KAREN,
         date="2026-07-07 16:22 +0100", cte="qp",
         subject="Second-round interview - Research Coordinator", text=_stbrigids_invite),
    dict(kind=INV, name="onsite_with_tour", lang="en", company="Benbulben Medical Devices",
         contact="declan.harte@benbulbenmed.example.ie", id="benbulben-invite",
         frm=("Declan Harte", "declan.harte@benbulbenmed.example.ie"),
         date="2026-02-10 16:02 +0000", charset="windows-1252", cte="8bit",
         subject="On-site interview - Clinical Evidence Coordinator", text=_benbulben_invite),
    # ---------------- invitations: French ----------------
    dict(kind=INV, name="fr_visio", lang="fr", company="Confluence Essais Cliniques",
         contact="mathilde.perrin@confluence-essais.example.fr", id="confluence-invite", frm=MATHILDE,
         date="2026-04-09 10:05 +0200", charset="iso-8859-1", cte="qp", subj_enc=("iso-8859-1", "b"),
         subject="Proposition d'entretien - ARC junior", text=_confluence_invite),
    dict(kind=INV, name="fr_entretien_agenda", lang="fr", company="Medisys Benelux",
         contact="sophie.lambert@medisys.example.be", id="medisys-invite", frm=SOPHIE,
         date="2026-07-27 14:00 +0200",
         subject="Invitation à un entretien – Clinical Research Coordinator (Leuven)",
         text=_medisys_invite, html=outlook_html(_medisys_invite, lang="fr-BE"),
         calendar=_medisys_cal, attach=[dict(type="ics", filename="entretien.ics", cal=_medisys_cal)]),
    dict(kind=INV, name="fr_mise_en_situation", lang="fr", company="Institut Lumière de Recherche Clinique",
         contact="bastien.roux@ilrc.example.fr", id="lumiere-invite",
         frm=("Bastien Roux", "bastien.roux@ilrc.example.fr"),
         date="2026-08-18 11:30 +0200", cte="base64",
         subject="Convocation – demi-journée de mise en situation", text=_lumiere_invite),
    dict(kind=INV, name="fr_cabinet_entretien_client", lang="fr", company="Laboratoires Saône Diagnostics",
         contact="camille.girard@alpesrhone-talents.example.fr", id="alpes-invite",
         frm=("Camille Girard", "camille.girard@alpesrhone-talents.example.fr"),
         date="2026-03-16 11:15 +0100", charset="windows-1252", cte="qp",
         subject="Entretien chez Laboratoires Saône Diagnostics", text=_alpes_invite),
    # ---------------- invitations: German ----------------
    dict(kind=INV, name="de_einladung_mit_ics", lang="de", company="Hohes Venn Klinikum",
         contact="k.schroeder@hohesvenn.example.be", id="hohesvenn-invite", frm=SCHROEDER,
         date="2026-05-11 10:00 +0200", cte="qp",
         subject="Einladung zum Vorstellungsgespräch – Studienkoordination",
         text=_hohesvenn_invite,
         attach=[dict(type="ics", filename="Vorstellungsgespraech.ics", cal=_hohesvenn_cal)]),
    dict(kind=INV, name="de_telefoninterview", lang="de", company="Rheinmaas Clinical",
         contact="j.weidenfeld@rheinmaas.example.de", id="rheinmaas-screen",
         frm=("Jonas Weidenfeld", "j.weidenfeld@rheinmaas.example.de"),
         date="2026-02-03 15:20 +0100", charset="iso-8859-1", cte="8bit",
         subject="Telefoninterview - Clinical Research Coordinator Leuven", text=_rheinmaas_screen),
    dict(kind=INV, name="de_softgarden_termin_waehlen", lang="de", company="Eifel MedTec", contact="",
         id="eifel-invite", frm=("Eifel MedTec GmbH", "no-reply@softgarden.io"),
         date="2026-03-09 09:00 +0100", cte="base64",
         subject="Einladung zum Videogespräch – Clinical Affairs Specialist (Junior)",
         html=ats_card("Eifel MedTec", "#004f9f", _eifel_invite,
                       "Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.",
                       lang="de", button=("Termin auswählen",
                                          "https://eifelmedtec.softgarden.io/interview/slot/55120")),
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind=INV, name="de_gespraech_sankt_vith", lang="de", company="Ostbelgien Reha Zentrum",
         contact="b.lorentz@ostbelgien-reha.example.be", id="ostbelgien-invite",
         frm=("Bernd Lorentz", "b.lorentz@ostbelgien-reha.example.be"),
         date="2026-04-13 08:45 +0200", cte="qp",
         subject="Ihre Bewerbung als Studienkoordinatorin", text=_ostbelgien_invite),
    # ---------------- invitations: Spanish ----------------
    dict(kind=INV, name="es_videollamada", lang="es", company="Ensayos Clínicos Mediterráneo",
         contact="marta.puigdomenech@ecmediterraneo.example.es", id="ecm-invite", frm=MARTA,
         date="2026-06-15 09:30 +0200", cte="qp",
         subject="Entrevista – Coordinadora de Ensayos Clínicos", text=_ecm_invite),
    dict(kind=INV, name="es_agencia_entrevista_cliente", lang="es", company="Fundació Recerca Montjuïc",
         contact="javier.ortega@talentosalud.example.es", id="talento-invite",
         frm=("Javier Ortega Ruiz", "javier.ortega@talentosalud.example.es"),
         date="2026-08-26 13:02 +0200", charset="windows-1252", cte="qp",
         subject="Entrevista en Fundació Recerca Montjuïc", text=_talento_invite,
         html=plain_html(_talento_invite, lang="es")),
    dict(kind=INV, name="es_jornada_evaluacion", lang="es", company="Hospital Universitari del Besòs",
         contact="", id="besos-invite", frm=("Hospital Universitari del Besòs", "no-reply@teamtailor-mail.com"),
         date="2026-09-08 12:00 +0200", cte="base64",
         subject="Convocatoria: jornada de evaluación – Data Manager / Coordinadora de Estudios",
         text=_besos_invite,
         html=ats_card("Hospital Universitari del Besòs", "#c62828", _besos_invite,
                       "Enviado con Teamtailor", lang="es",
                       button=("Confirmar asistencia", "https://besos.teamtailor.com/jobs/4471/confirm"))),
    # ---------------- reschedules ----------------
    dict(kind=RS, name="moved_sponsor_audit", lang="en", company="Corrib Clinical Research",
         contact="aoife.brennan@corribcr.example.ie", id="corrib-moved", frm=AOIFE,
         reply="corrib-invite", date="2026-02-24 09:10 +0000",
         subject="Re: Interview invitation: Clinical Research Coordinator at Corrib Clinical Research",
         text=_corrib_moved),
    dict(kind=RS, name="calendar_update_sequence", lang="en",
         company="Western Lakes University Hospital", contact="deirdre.fahy@wluh.example.ie",
         id="wluh-update", frm=DEIRDRE, reply="niamh-wluh-resched",
         date="2026-01-23 09:30 +0000",
         subject="Updated invitation: Interview - Clinical Research Coordinator (Grade VI) @ Fri 6 Feb 2026 10:00",
         text=_wluh_update, html=outlook_html(_wluh_update), calendar=_wluh_cal_update),
    dict(kind=RS, name="try_again_friday", lang="en", company="Lagan Research Partners",
         contact="gemma.mccready@laganresearch.example.co.uk", id="lagan-resched", frm=GEMMA,
         reply="lagan-missed", ext_refs=["<CAH2niamh0306lagan@mail.example.ie>"],
         date="2026-03-06 13:05 +0000", subject="Re: Missed you this morning!", text=_lagan_resched),
    dict(kind=RS, name="interviewer_unwell", lang="en", company="Belfast Institute for Oral Health",
         contact="jonathan.irvine@bioh.example.ac.uk", id="bioh-ill",
         frm=("Jonathan Irvine", "jonathan.irvine@bioh.example.ac.uk"),
         cc=[("Dr Ruth Agnew", "ruth.agnew@bioh.example.ac.uk")],
         date="2026-06-09 17:30 +0100",
         subject="Postponed: Research Coordinator interview, Thursday 11 June", text=_bioh_ill),
    dict(kind=RS, name="method_cancel_rearrange", lang="en", company="St. Brigid's Research Hospital",
         contact="karen.doyle@stbrigids.example.ie", id="stbrigids-cancel", frm=KAREN,
         reply="stbrigids-invite", date="2026-07-10 11:20 +0100",
         subject="Cancelled: Second-round interview - Research Coordinator",
         text=_stbrigids_cancel, calendar=_stbrigids_cal),
    dict(kind=RS, name="assessment_day_moved", lang="en", company="Atlantic Stent Technologies",
         contact="rory.kenneally@atlanticstent.example.ie", id="atlantic-moved",
         frm=("Rory Kenneally", "rory.kenneally@atlanticstent.example.ie"), reply="atlantic-invite",
         date="2026-04-21 16:45 +0100",
         subject="New date: Assessment Day - Clinical Affairs Coordinator", text=_atlantic_moved),
    dict(kind=RS, name="agency_client_moved", lang="en", company="Liffey Bioresearch",
         contact="conor.whelan@harbourview.example.ie", id="harbourview-moved", frm=CONOR,
         reply="harbourview-liffey-invite", date="2026-01-30 12:10 +0000",
         subject="Re: Interview with Liffey Bioresearch - Monday 2 Feb", text=_harbourview_moved),
    dict(kind=RS, name="ashby_rescheduled_automated", lang="en", company="Tessellate Trials", contact="",
         frm=("Tessellate Trials", "no-reply@ashbyhq.com"), reply="tessellate-invite",
         date="2026-08-10 08:00 +0100",
         subject="Rescheduled: Phone screen - Remote Site Coordinator",
         text=_tessellate_resched, attach=[dict(type="ics", filename="invite.ics", cal=_tessellate_cal)],
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind=RS, name="hse_time_and_venue", lang="en", company="HSE",
         contact="siobhan.nifhlatharta@hse-west.example.ie", reply="hse-invite",
         frm=("Siobhán Ní Fhlatharta", "siobhan.nifhlatharta@hse-west.example.ie"),
         name_enc=("iso-8859-1", "q"), charset="iso-8859-1", cte="qp",
         date="2026-02-13 15:40 +0000",
         subject="FW: HW-CRC-26-007 - change of interview time and venue", text=_hse_venue),
    dict(kind=RS, name="fr_nouveau_creneau", lang="fr", company="Confluence Essais Cliniques",
         contact="mathilde.perrin@confluence-essais.example.fr", id="confluence-resched",
         frm=MATHILDE, reply="niamh-confluence-excuse", date="2026-04-16 17:40 +0200",
         charset="iso-8859-1", cte="8bit",
         subject="Nouveau créneau - entretien ARC junior", text=_confluence_resched),
    dict(kind=RS, name="fr_annulation_sans_refus", lang="fr", company="Medisys Benelux",
         contact="sophie.lambert@medisys.example.be", frm=SOPHIE, reply="medisys-invite",
         date="2026-07-31 09:15 +0200", cte="qp",
         subject="Annulé : Entretien – Clinical Research Coordinator (Leuven)",
         text=_medisys_cancel, calendar=_medisys_cal_cancel),
    dict(kind=RS, name="de_erkrankt_storniert", lang="de", company="Hohes Venn Klinikum",
         contact="k.schroeder@hohesvenn.example.be", id="hohesvenn-cancel", frm=SCHROEDER,
         reply="hohesvenn-invite", date="2026-05-18 08:10 +0200", cte="qp",
         subject="Abgesagt: Vorstellungsgespräch am 20. Mai – neuer Terminvorschlag",
         text=_hohesvenn_cancel, calendar=_hohesvenn_cal_cancel),
    dict(kind=RS, name="de_videogespraech_verschoben", lang="de", company="Eifel MedTec",
         contact="lena.brueckner@eifelmedtec.example.de",
         frm=("Lena Brückner via softgarden", "no-reply@softgarden.io"),
         reply_to=("Lena Brückner", "lena.brueckner@eifelmedtec.example.de"),
         name_enc=("iso-8859-1", "b"), reply="eifel-invite",
         date="2026-03-12 10:30 +0100", cte="base64",
         subject="Terminverschiebung: Ihr Videogespräch bei Eifel MedTec", text=_eifel_moved),
    dict(kind=RS, name="es_cambio_de_hora", lang="es", company="Ensayos Clínicos Mediterráneo",
         contact="marta.puigdomenech@ecmediterraneo.example.es", id="ecm-resched", frm=MARTA,
         reply="ecm-invite", date="2026-06-18 16:00 +0200", cte="qp",
         subject="Re: Entrevista – Coordinadora de Ensayos Clínicos", text=_ecm_resched),
    dict(kind=RS, name="es_jornada_aplazada", lang="es", company="Hospital Universitari del Besòs",
         contact="nuria.ferrer@hubesos.example.es",
         frm=("Núria Ferrer", "nuria.ferrer@hubesos.example.es"), reply="besos-invite",
         name_enc=("iso-8859-1", "q"), date="2026-09-15 14:20 +0200", charset="iso-8859-1", cte="qp",
         subject="Aplazamiento de la jornada de evaluación", text=_besos_aplaza),
    # ---------------- missed ----------------
    dict(kind=MISS, name="tried_calling_twice", lang="en", company="Lagan Research Partners",
         contact="gemma.mccready@laganresearch.example.co.uk", id="lagan-missed", frm=GEMMA,
         date="2026-03-06 10:25 +0000", subject="Missed you this morning!", text=_lagan_missed),
    dict(kind=MISS, name="waited_on_teams", lang="en", company="Kilbride Cardiac Research",
         contact="lisa.behan@kilbridecardiac.example.ie", id="kilbride-missed", frm=LISA,
         reply="kilbride-invite", date="2026-09-10 15:02 +0100",
         subject="Missed interview today - Clinical Research Coordinator", text=_kilbride_missed,
         html=plain_html(_kilbride_missed)),
    dict(kind=MISS, name="agency_client_no_show", lang="en", company="Burren Biostatistics",
         contact="shauna@kestreltalent.example.ie", frm=("Shauna Geraghty", "shauna@kestreltalent.example.ie"),
         reply="kestrel-burren-invite", date="2026-09-28 12:05 +0100",
         subject="Re: Burren Biostatistics want to meet you!", text=_kestrel_missed),
    dict(kind=MISS, name="had_you_down_for_two", lang="en", company="Moycullen Medical Research",
         contact="fergal@moycullenmedical.example.ie",
         frm=("Fergal Mac Donncha", "fergal@moycullenmedical.example.ie"), reply="moycullen-chat",
         date="2026-04-02 14:35 +0100", subject="Re: your CV", text=_moycullen_missed),
    dict(kind=MISS, name="hse_did_not_attend", lang="en", company="HSE",
         contact="tomas.keane@hse-west.example.ie",
         frm=("Tomás Keane", "tomas.keane@hse-west.example.ie"),
         date="2026-10-01 15:00 +0100", charset="iso-8859-1", cte="qp",
         subject="HW-CNS-26-044 - Non-attendance at interview", text=_hse_dna),
    dict(kind=MISS, name="phone_screen_voicemail", lang="en", company="Dodder Diagnostics",
         contact="hannah.kavanagh@dodderdx.example.ie",
         frm=("Hannah Kavanagh", "hannah.kavanagh@dodderdx.example.ie"),
         date="2026-01-14 11:40 +0000",
         subject="Our call this morning", text=_dodder_voicemail),
    dict(kind=MISS, name="fr_attendue_sur_teams", lang="fr", company="Confluence Essais Cliniques",
         contact="mathilde.perrin@confluence-essais.example.fr", id="confluence-missed",
         frm=MATHILDE, reply="confluence-invite", date="2026-04-15 10:25 +0200",
         charset="iso-8859-1", cte="qp", subj_enc=("iso-8859-1", "q"),
         subject="Entretien de ce matin - êtes-vous disponible ?", text=_confluence_missed),
    dict(kind=MISS, name="de_zweimal_angerufen", lang="de", company="Rheinmaas Clinical",
         contact="j.weidenfeld@rheinmaas.example.de", id="rheinmaas-missed",
         frm=("Jonas Weidenfeld", "j.weidenfeld@rheinmaas.example.de"), reply="rheinmaas-screen",
         date="2026-02-10 10:20 +0100", cte="qp",
         subject="AW: Telefoninterview - Clinical Research Coordinator Leuven", text=_rheinmaas_missed),
    dict(kind=MISS, name="de_nicht_im_webex", lang="de", company="Brabant Pharma Services",
         contact="u.hahn@brabantpharma.example.be",
         frm=("Dr. Ulrike Hahn", "u.hahn@brabantpharma.example.be"),
         date="2026-07-20 11:35 +0200", charset="windows-1252", cte="8bit",
         subject="Unser Webex-Gespräch heute um 11:00 Uhr", text=_brabant_missed),
    dict(kind=MISS, name="es_no_se_conecto", lang="es", company="Ensayos Clínicos Mediterráneo",
         contact="marta.puigdomenech@ecmediterraneo.example.es", id="ecm-missed", frm=MARTA,
         reply="ecm-resched", date="2026-06-22 12:30 +0200", cte="qp",
         subject="No pudimos conectar contigo - entrevista", text=_ecm_missed),
]
