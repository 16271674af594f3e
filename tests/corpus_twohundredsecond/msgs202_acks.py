"""Corpus 202: 21 application acknowledgements and 10 offers. Hand-written, one dict each."""

from __future__ import annotations

from msgs202_common import (
    CAND,
    ats_card,
    mso,
    outlook,
    quote,
    wrote,
    outlook_html,
    paras,
    reply,
)

# ---------------------------------------------------------------- application_received

_A1 = """Hi Declan,

Thank you for applying for the position of Fleet Dispatch Planner (R-00482) at Harbour Parcels.

This email confirms that we have received your application. Our talent acquisition team will review it against the requirements of the role, and you can check the status at any time by signing in to your candidate home page.

Kind regards,
Harbour Parcels Talent Acquisition

Please do not reply to this email; this mailbox is not monitored."""

_A2 = """Hi Declan,

Thanks for applying to RouteWise Software! We've received your application for Dispatch Solutions Specialist and our team will be reviewing it over the next couple of weeks.

If your experience looks like a fit, someone from the team will get in touch to arrange next steps. In the meantime, you can read more about how we work at https://routewise.example.co.uk/life.

Best,
The RouteWise Software team"""

_A3 = """Hi Declan,

Thank you for your interest in Severnside Logistics! We have received your application for Transport Planner (Avonmouth) and our hiring team is reviewing applications now.

We receive a large number of applications, and unfortunately we cannot reply to every applicant individually. If you are selected to move forward, a member of the team will contact you within three weeks.

Thank you again for thinking of Severnside.

Severnside Logistics Talent Acquisition"""

_A4 = """Hi Declan,

Lovely to speak to you this afternoon - welcome to Keystone Driving Recruitment! You're now registered with us and I'll be your main contact.

To finish your registration, could you:
1. Send me a photo of both sides of your driving licence
2. Generate a DVLA check code (valid 21 days) and reply with it
3. Let me know your notice period at your current job

From what you told me, I'll be looking at transport office, dispatch and night supervisor roles within 40 minutes of Cardiff, days or nights, from about £27k. I'll call you as soon as I have something worth your while.

Cheers,
Lowri

Lowri Bevan
Senior Consultant - Driving & Logistics
Keystone Driving Recruitment
14 Churchill Way, Cardiff CF10 2HE
029 2018 0456 | 07700 900312
"""

_A5 = """Bryn Taf County Council - People Services

Dear Declan Ferreira-Nowak,

Your application reference: BTC-2026-0147-0061
Post: Fleet Scheduling Officer, Highways & Waste Services
Closing date: 17 April 2026

Thank you for your application, which we received on 8 April 2026. We’ll contact shortlisted candidates within three weeks of the closing date.

The Council is a Disability Confident employer and guarantees an interview to disabled applicants who meet the essential criteria. If this applies to you and you haven’t told us yet, please update your application online.

This is an automated message – replies to this address are not read.
"""

_A6 = """Hi Declan,

Thanks for applying for Home Delivery Shift Manager at Hockley Foods!

We've successfully received your application. Our recruitment team will review it and let you know the next steps as soon as possible.

You can track the status of your application at any time in your SmartRecruiters candidate portal.

Best regards,
Hockley Foods Recruitment Team"""

_A7 = """Dear Declan,

Thank you for applying for Network Scheduler (Bus Operations), Requisition 2026-1183, with West Mids Transit.

We confirm that your application has been received and will be considered by the hiring team once the advert closes on 3 May 2026.

Due to the high volume of applications we receive, unfortunately we are unable to respond to every applicant individually. Candidates selected for the next stage will be contacted by email.

You can log in to the candidate portal to view or withdraw your application.

Recruitment Services
West Mids Transit

This is an automated message from our applicant tracking system. Replies to this address are not monitored.
"""

_A8 = """Hi Declan,

Thanks for applying to the Fleet Operations Analyst role at FlowFleet - we've got your application.

We read every application ourselves (no robots screening CVs here), so it can take up to ten working days to hear back. We'll email you either way.

Cheers,
The FlowFleet team
Keizersgracht 520, Amsterdam"""

_A9 = """Hi Declan,

Thanks for sending your CV through - we've received it and I've set up your profile on our system.

I've had a first look and your multi-drop background plus the temporary cover you did in the transport office is exactly the sort of thing our clients around Avonmouth and Portishead ask for. I'll give you a ring on Wednesday to talk about pay, shifts and how far you're willing to travel.

Best,
Tom

Tom Whitcombe | Principal Consultant
Bluebird Logistics Talent
3rd Floor, 28 Queen Square, Bristol BS1 4ND
0117 496 0783
"""

_A10 = reply("""Got your CV, thanks Declan. I'll pass it up to our area manager this week and come back to you once I know more about the timing.

Niamh""", "en", "Mon, 16 Mar 2026 at 21:40", "Declan Ferreira-Nowak <declan.fn@example.co.uk>",
    """Dear Ms O'Callaghan,

Please find attached my CV for the delivery coordinator role advertised in store. I currently drive multi-drop routes in Cardiff and I'm relocating to Cork in the summer.

Kind regards,
Declan Ferreira-Nowak""")

_A11 = ats_card("Avon Larder Careers", "#2e7d32", paras("""Dear Declan,

Thank you for applying for Transport Clerk - Bristol Distribution Centre (Job ID 40611).

Your application has been successfully submitted. We will review it carefully and contact you about the next steps.

If you would like to check the progress of your application, please log in to your candidate profile.

Thank you for your interest in Avon Larder.

Avon Larder Resourcing"""), "Avon Larder plc, Brislington Trading Estate, Bristol BS4 5NG. This mailbox is not monitored.")

_A12_OLD = """Hi Marloes,

Following our call, here is my CV. I'm moving to Amsterdam at the end of July and I'm looking for dispatch or fleet planning roles where English is the working language. I can do interviews on Teams any weekday after 4pm UK time.

Thanks,
Declan"""

_A12 = outlook("""Hi Declan,

Thank you, your CV has arrived safely and you're now registered with Interim Fleet Partners.

I've noted your move date and your preference for English-speaking teams. Two of my clients, a last-mile delivery company in Zuidas and an airport cargo handler, may be relevant, and I'll present your profile to them this week with your consent - I will always ask before sending your CV anywhere.

Welcome aboard,
Marloes Jansen
Consultant, Interim Fleet Partners
Stadhouderskade 6, 1054 ES Amsterdam | +31 20 555 0917

Interim Fleet Partners B.V. is registered with the Dutch Chamber of Commerce. The information in this e-mail is intended only for the addressee.""", "en",
    "Declan Ferreira-Nowak <declan.fn@example.co.uk>", "Friday, June 12, 2026 6:41 PM",
    "Marloes Jansen <marloes@interimfleet.example.nl>", "CV - Declan Ferreira-Nowak", _A12_OLD)

_A13 = """Bonjour Declan,

Nous vous remercions pour votre candidature au poste de Planificateur transport (H/F) - Grand-Quevilly, référence 2600417.

Votre dossier a bien été enregistré et sera étudié avec attention par notre équipe recrutement. Si votre profil correspond à nos besoins, nous vous contacterons pour convenir d'un entretien.

Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

Cordialement,
Le service Ressources Humaines
Normandie Colis Express

Ce message a été envoyé automatiquement. Merci de ne pas y répondre."""

_A14 = """Bonjour Declan,

Suite à notre échange en visio de ce matin, je vous confirme votre inscription chez Agence Intérim Normandie Plus.

J'ai bien reçu par e-mail les pièces de votre dossier : pièce d'identité, permis C, carte conducteur et attestation FIMO. Il me manque seulement votre RIB pour les missions d'intérim.

Je vous positionne sur des postes d'exploitant et d'ordonnanceur transport sur Rouen et l'agglomération, en intérim ou en CDI. Je vous appelle dès qu'une mission ou un entretien se présente.

Bonne journée,
Mélanie Roussel
Consultante recrutement - Agence Intérim Normandie Plus
5 rue Jeanne d'Arc, 76000 Rouen - 02 35 55 08 19
"""

_A15 = """Bonjour Monsieur Ferreira-Nowak,

J'accuse bonne réception de votre candidature au poste de régulateur de ligne, transmise via notre site.

Les candidatures sont ouvertes jusqu'au 28 février. Je les étudierai ensuite avec le responsable d'exploitation, et je reviendrai vers chaque candidat début mars.

Bien cordialement,

Claire Duval
Chargée de recrutement
Transports Boucles de Seine
14 quai Gaston Boulet, 76000 Rouen
"""

_A16 = """Hallo Herr Ferreira-Nowak,

vielen Dank für Ihre Bewerbung als Disponent (m/w/d) bei der Rheinkurier GmbH. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

Freundliche Grüße
Ihr Rheinkurier-Recruiting-Team

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail."""

_A17 = """Sehr geehrter Herr Ferreira-Nowak,

vielen Dank für Ihr Interesse an der Düsselbus Verkehrsbetriebe AG und Ihre Online-Bewerbung als Dienstplaner/in Fahrdienst (Kennziffer FD-2026-27).

Ihre Unterlagen sind vollständig bei uns eingegangen. Bitte haben Sie Verständnis dafür, dass die Prüfung aller Bewerbungen einige Wochen in Anspruch nimmt. Wir können leider nicht jede Bewerbung einzeln beantworten, bevor die Auswahl abgeschlossen ist; Sie hören spätestens nach Ende der Bewerbungsfrist am 30. Juni von uns.

Mit freundlichen Grüßen
Personalmarketing & Recruiting
Düsselbus Verkehrsbetriebe AG"""

_A18 = """Hallo Declan,

danke für deine Bewerbung als Customer Support Specialist (m/w/d) bei Tourenwerk Software – sie ist gut bei uns angekommen!

Wir schauen uns deine Unterlagen in Ruhe an und melden uns in den nächsten Tagen bei dir.

Bis bald
Dein Tourenwerk-Team

Diese Nachricht wurde automatisch über softgarden versendet."""

_A19 = """Hola Declan:

¡Gracias por presentar tu candidatura al puesto de Coordinador/a de reparto en Mensajería Nervión!

Hemos recibido correctamente tu CV. Nuestro equipo de selección lo revisará y, si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.

Un saludo,
Equipo de Selección
Mensajería Nervión"""

_A20 = """Hola Declan:

Te confirmamos que hemos recibido tu candidatura para el puesto de Responsable de Expediciones en la plataforma de Basauri.

Recibimos muchas candidaturas y, lamentablemente, no podemos responder de forma individual a cada persona. Si tu perfil avanza a la siguiente fase, te contactaremos en un plazo de tres semanas.

Gracias por tu interés en Supermercados Artxanda.

Departamento de Personas
Supermercados Artxanda"""

_A21 = """Hola Declan,

Gracias por tu interés en Autobuses Ibaizabal. Hemos recibido tu candidatura para Planificador/a de Servicios.

Revisaremos tu perfil y te escribiremos si encaja con el puesto.

Un saludo,
Equipo de Personas de Autobuses Ibaizabal

---
Enviado con Workable"""

# ---------------------------------------------------------------- offer

_O1 = """Dear Declan,

Following your interview with Owen and me last Thursday, I am delighted to offer you the position of Fleet Dispatch Planner at our Pengam Green depot.

The main terms are:
- Salary: £31,500 per annum
- Hours: 40 per week on a rotating early/late pattern
- Start date: Monday 9 March 2026, subject to references and a basic DBS check
- 25 days' annual leave plus bank holidays

Your formal offer letter is attached. Please sign and return it by Thursday 19 February, or give me a ring if you'd like to talk anything through first.

We're really looking forward to having you on the team.

Warm regards,
Rhiannon

Rhiannon Davies
Talent Acquisition Partner
Harbour Parcels Ltd
Unit 7 Pengam Green Trading Estate, Cardiff CF3 2EP
029 2018 0711 | 07700 900458
"""

_O2 = """Hi Declan,

It was great to speak this afternoon - I'm so pleased you're as excited as we are!

As promised, here's a written summary of the offer I made on the phone for the Fleet Operations Analyst role:
- Gross salary: EUR 46,000 per year plus 8% holiday allowance
- 32 days' holiday
- Hybrid: three days a week at our Keizersgracht office
- Start date: 1 September 2026 (we'll support the 30% ruling application)
- Relocation budget: EUR 3,000

Our People Ops team will send the employment contract for signature via DocuSign within two working days. Let me know if anything in the summary doesn't match what we discussed.

Welcome (almost) to FlowFleet!

Sanne
"""

_O3 = """Hi Declan,

Get the kettle on - Cardiff Bay Cold Chain want to make you an offer!

They were really impressed yesterday, especially with the way you talked through the chilled multi-drop plan. The offer is:
- Transport Planner (days, Mon-Fri 07:00-15:30)
- £29,000 basic plus £1,200 on-call allowance
- Permanent, starting 6 April

They'd like an answer by Friday. Give me a call when you can and I'll take you through the details before I confirm anything with them.

Lowri
Keystone Driving Recruitment
07700 900312
"""

_O4_OLD = """Hi Jas,

Thanks for the call earlier, and please pass my thanks on to Mark. I'm very happy to accept the Night Hub Planner role.

Declan"""

_O4_OLDER = """Hi Declan,

Mark was really impressed on Monday and I'm pleased to say we'd like to offer you the Night Hub Planner role: £32,000 a year plus the night premium, 4 on / 3 off, starting Monday 21 September. I'll send the contract over once you've had a think - just let me know either way.

Jas

On Wed, 5 Aug 2026 at 13:32, Jas Sandhu <jas.sandhu@canalsidecouriers.example.co.uk> wrote:
> Sorry to do this, but something's come up and I need to cancel our 3pm call
> today. I'll send you a couple of new times tomorrow morning."""

_O4_OLD = _O4_OLD.rstrip() + "\n\n" + wrote("en", "Tue, 25 Aug 2026 at 11:02",
    "Jas Sandhu <jas.sandhu@canalsidecouriers.example.co.uk>") + "\n" + quote(_O4_OLDER)

_O4 = reply("""Hi Declan,

Brilliant news, and welcome to Canalside Couriers!

Please find your contract of employment attached. Have a read, sign page 4 and send a scanned or photographed copy back to me by Friday 4 September. The contract confirms what we agreed on the phone: £32,000 per year plus night premium, 4 nights on / 3 off, starting Monday 21 September at the Lawley Middleway hub.

If anything isn't clear just give me a shout.

Jas Sandhu
Recruitment Coordinator
Canalside Couriers
0121 496 0835""", "en", "Tue, 25 Aug 2026 at 17:16",
    "Declan Ferreira-Nowak <declan.fn@example.co.uk>", _O4_OLD)

_O5 = """Hi Declan,

Great news - my client would like to offer you the Transport Planner role we discussed, on a six-month fixed-term contract with a view to going permanent.

Pay is £15.80 an hour, 45 hours a week on days, paid weekly through us. They'd like you to start on Monday 18 May.

I can't share the client's name by email until you accept, but it's the Avonmouth site you visited. Give me a call today if you can - they'd like an answer by close of play tomorrow.

Tom
Bluebird Logistics Talent
0117 496 0783
"""

_O6 = outlook("""Dear Declan,

Thank you for coming in on Monday. I'm pleased to confirm that Penarth Fleet Services would like to offer you the role of Fleet Planner, reporting to me.

Salary is £33,000 per annum, Monday to Friday with a one-in-four on-call weekend, and 27 days' holiday plus bank holidays. On your question about training: yes, we will put you through the Transport Manager CPC in your first year at our cost.

The formal offer letter and our new starter form are attached. If you are happy to accept, please sign and return both by 9 October.

Kind regards,

Huw Matthews
Fleet Manager
Penarth Fleet Services Ltd
Dock Offices, Penarth Marina, Penarth CF64 1TQ
029 2018 0932

Penarth Fleet Services Ltd. Registered in England and Wales no. 07123456. This email is confidential and may be legally privileged.""", "en",
    "Declan Ferreira-Nowak <declan.fn@example.co.uk>", "28 September 2026 21:10",
    "Huw Matthews <huw.matthews@penarthfleet.example.co.uk>", "Thank you - Fleet Planner interview",
    """Dear Huw,

Thank you for the interview today. One thing I forgot to ask: would the role include support towards the Transport Manager CPC?

Best regards,
Declan""")

_O7 = """Bonjour Declan,

Je suis heureux de vous annoncer que nous souhaitons vous accueillir chez Normandie Colis Express au poste de Planificateur transport, en CDI, à l'agence de Grand-Quevilly.

Vous trouverez en pièce jointe votre promesse d'embauche, qui précise les conditions :
- rémunération brute annuelle de 30 500 euros sur 13 mois ;
- statut agent de maîtrise, 35 heures hebdomadaires ;
- prise de poste le lundi 7 septembre 2026.

Merci de nous la retourner signée avant le 22 juin. Je reste disponible pour toute question, notamment sur l'accompagnement à votre installation à Rouen.

Bien cordialement,

Julien Marchand
Chargé de recrutement - Normandie Colis Express
02 35 55 02 64
"""

_O8 = """Sehr geehrter Herr Ferreira-Nowak,

wir freuen uns sehr, Ihnen nach dem Assessment-Center die Stelle als Dienstplaner/in Fahrdienst anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung zur Unterschrift. Die wichtigsten Eckdaten:
- Eingruppierung nach TV-N NW, Entgeltgruppe 7
- 39 Wochenstunden, Gleitzeit
- Beginn: 1. Oktober 2026
- 30 Urlaubstage

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 14. August zurück. Für Fragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Sabine Krüger
Personalmarketing & Recruiting
Düsselbus Verkehrsbetriebe AG
Am Hackenbruch 10, 40231 Düsseldorf
"""

_O9 = """Hallo Herr Ferreira-Nowak,

sehr gute Nachrichten: Das Lagerhaus Hafen Neuss möchte Ihnen ein Angebot für die Stelle als Disponent im Nahverkehr machen!

Die Eckdaten, die mir der Kunde genannt hat:
- 3.450 Euro brutto monatlich, 13 Gehälter
- unbefristet, Probezeit sechs Monate
- Start ab 1. Oktober möglich

Der schriftliche Vertrag kommt direkt vom Kunden. Können wir heute noch telefonieren? Ich würde gern Ihre Fragen klären, bevor ich zusage.

Beste Grüße
Markus Brandt
Personalberater Logistik · Personalwerk Rhein GmbH
Telefon +49 211 555 0716
"""

_O10 = """Hola Declan:

En nombre de Autobuses Ibaizabal, me alegra comunicarte que el tribunal ha decidido ofrecerte el puesto de Planificador/a de Servicios.

Condiciones principales:
- Contrato indefinido, con seis meses de periodo de prueba
- Salario bruto anual de 31.200 euros en 14 pagas
- Jornada partida de lunes a viernes en las oficinas de Sestao
- Incorporación el 2 de noviembre de 2026

Te adjunto la carta de oferta. Si estás de acuerdo, firma y devuélvela antes del 30 de septiembre.

¡Enhorabuena!

Josu Arana
Responsable de Selección
Autobuses Ibaizabal
944 55 06 12
"""

_HP = ("Rhiannon Davies", "rhiannon.davies@harbourparcels.example.co.uk")

MESSAGES = [
    # ---------------------------------------------------------------- application_received
    dict(kind="application_received", slug="workday_ack", lang="en",
         company="Harbour Parcels", contact="",
         frm=("Harbour Parcels", "harbourparcels@myworkday.com"),
         subject="Thank you for applying - Fleet Dispatch Planner (R-00482)",
         date="2026-01-14 18:22 +0000", id="hp-ack", text=_A1,
         html=ats_card("Harbour Parcels", "#0d47a1", paras(_A1), "Powered by Workday"),
         headers={"Auto-Submitted": "auto-generated"}),
    dict(kind="application_received", slug="lever_ack", lang="en",
         company="RouteWise Software", contact="",
         frm=("RouteWise Software", "no-reply@hire.lever.co"),
         subject="Thanks for applying to RouteWise Software", date="2026-04-14 08:47 +0100",
         id="rw-ack", text=_A2),
    dict(kind="application_received", slug="greenhouse_cannot_reply_individually_html",
         lang="en", company="Severnside Logistics", contact="",
         frm=("Severnside Logistics", "no-reply@us.greenhouse-mail.io"),
         subject="Thank you for applying to Severnside Logistics",
         date="2026-02-10 09:14 -0500", id="sev-ack",
         html=ats_card("Severnside Logistics", "#1a4f7a", paras(_A3), "Powered by Greenhouse"),
         headers={"Auto-Submitted": "auto-generated"}),
    dict(kind="application_received", slug="agency_registration_confirmed", lang="en",
         company="Keystone Driving Recruitment", contact="lowri.bevan@keystone-driving.example.co.uk",
         frm=("Lowri Bevan", "lowri.bevan@keystone-driving.example.co.uk"),
         subject="Welcome to Keystone - your registration", date="2026-01-19 16:30 +0000",
         id="ks-reg", text=_A4),
    dict(kind="application_received", slug="council_reference_cp1252", lang="en",
         company="Bryn Taf County Council", contact="",
         frm=("Bryn Taf County Council", "no-reply@bryntaf.example.co.uk"),
         subject="Application received: Fleet Scheduling Officer (BTC-2026-0147)",
         date="2026-04-08 22:14 +0100", id="btc-ack", text=_A5, charset="windows-1252",
         cte="quoted-printable", headers={"Auto-Submitted": "auto-generated"}),
    dict(kind="application_received", slug="smartrecruiters_ack", lang="en",
         company="Hockley Foods", contact="",
         frm=("Hockley Foods", "noreply@smartrecruiters.com"),
         subject="Thanks for applying to Hockley Foods", date="2026-06-08 19:03 +0000",
         id="hf-ack", text=_A6, html=ats_card("Hockley Foods", "#6a1b9a", paras(_A6),
                                              "Hockley Foods, Digbeth, Birmingham B5 6DY")),
    dict(kind="application_received", slug="icims_unable_to_respond_individually", lang="en",
         company="West Mids Transit", contact="",
         frm=("West Mids Transit Careers", "careers-westmidstransit@icims.com"),
         subject="Application Received - Network Scheduler (Bus Operations) 2026-1183",
         date="2026-04-27 15:51 -0500", id="wmt-ack", text=_A7),
    dict(kind="application_received", slug="ashby_ack", lang="en",
         company="FlowFleet", contact="",
         frm=("FlowFleet Hiring Team", "no-reply@ashbyhq.com"),
         subject="We've received your application", date="2026-06-01 21:12 +0200",
         id="ff-ack", text=_A8, html=ats_card("FlowFleet", "#3949ab", paras(_A8),
                                              "Powered by Ashby")),
    dict(kind="application_received", slug="agency_cv_received", lang="en",
         company="Bluebird Logistics Talent", contact="tom.whitcombe@bluebird-talent.example.co.uk",
         frm=("Tom Whitcombe", "tom.whitcombe@bluebird-talent.example.co.uk"),
         subject="Re: CV - Declan Ferreira-Nowak", date="2026-02-16 11:03 +0000",
         id="bb-reg", parent="bb-cv-virtual", text=_A9),
    dict(kind="application_received", slug="store_manager_got_your_cv", lang="en",
         company="Shandon Grocers", contact="niamh.ocallaghan@shandongrocers.example.ie",
         frm=("Niamh O'Callaghan", "niamh.ocallaghan@shandongrocers.example.ie"),
         subject="Re: Delivery coordinator - Ballincollig", date="2026-03-17 09:20 +0000",
         id="sg-ack", parent="sg-apply", text=_A10),
    dict(kind="application_received", slug="successfactors_base64_html_only", lang="en",
         company="Avon Larder", contact="",
         frm=("Avon Larder Resourcing", "noreply@successfactors.eu"),
         subject="Application submitted: Transport Clerk - Bristol Distribution Centre",
         date="2026-04-06 20:31 +0000", id="al-ack", html=_A11, cte="base64"),
    dict(kind="application_received", slug="agency_registration_outlook_chain", lang="en",
         company="Interim Fleet Partners", contact="marloes@interimfleet.example.nl",
         frm=("Marloes Jansen", "marloes@interimfleet.example.nl"),
         subject="RE: CV - Declan Ferreira-Nowak", date="2026-06-15 09:22 +0200",
         id="ifp-reg", parent="ifp-cv", text=_A12, html=outlook_html(mso(_A12))),
    dict(kind="application_received", slug="taleo_accuse_reception", lang="fr",
         company="Normandie Colis Express", contact="",
         frm=("Normandie Colis Express", "normandiecolis@taleo.net"),
         subject="Accusé de réception de votre candidature - Planificateur transport (H/F)",
         subject_enc=("iso-8859-1", "B"), date="2026-05-04 07:45 +0200", id="nce-ack",
         text=_A13, charset="iso-8859-1", cte="quoted-printable"),
    dict(kind="application_received", slug="agence_inscription_confirmee", lang="fr",
         company="Agence Intérim Normandie Plus", contact="m.roussel@normandie-plus.example.fr",
         frm=("Mélanie Roussel", "m.roussel@normandie-plus.example.fr"),
         name_enc=("utf-8", "B"), subject="Confirmation de votre inscription",
         date="2026-03-16 12:48 +0100", id="anp-reg", text=_A14),
    dict(kind="application_received", slug="accuse_humain_latin1", lang="fr",
         company="Transports Boucles de Seine", contact="claire.duval@boucles-de-seine.example.fr",
         frm=("Claire Duval", "claire.duval@boucles-de-seine.example.fr"),
         subject="Votre candidature - régulateur de ligne", subject_enc=("iso-8859-1", "Q"),
         date="2026-02-23 09:05 +0100", id="tbs-ack", text=_A15, charset="iso-8859-1",
         cte="8bit"),
    dict(kind="application_received", slug="personio_eingangsbestaetigung", lang="de",
         company="Rheinkurier", contact="",
         frm=("Rheinkurier GmbH via Personio", "noreply@personio.de"),
         subject="Eingangsbestätigung Ihrer Bewerbung", subject_enc=("iso-8859-1", "Q"),
         date="2026-03-23 14:02 +0100", id="rk-ack", text=_A16,
         headers={"Auto-Submitted": "auto-generated"}),
    dict(kind="application_received", slug="successfactors_nicht_einzeln", lang="de",
         company="Düsselbus Verkehrsbetriebe", contact="",
         frm=("Düsselbus Verkehrsbetriebe", "noreply@successfactors.eu"),
         name_enc=("iso-8859-1", "Q"),
         subject="Ihre Bewerbung als Dienstplaner/in Fahrdienst (FD-2026-27)",
         date="2026-06-22 16:37 +0200", id="db-ack", text=_A17,
         html=ats_card("Düsselbus Verkehrsbetriebe", "#b71c1c", paras(_A17)), cte="base64"),
    dict(kind="application_received", slug="softgarden_du_form", lang="de",
         company="Tourenwerk Software", contact="",
         frm=("Tourenwerk Software GmbH", "noreply@softgarden.io"),
         subject="Deine Bewerbung ist angekommen", date="2026-05-04 08:01 +0200",
         id="tw-ack", text=_A18),
    dict(kind="application_received", slug="recruitee_recibido", lang="es",
         company="Mensajería Nervión", contact="",
         frm=("Mensajería Nervión", "nervion@jobs.recruitee.com"), name_enc=("utf-8", "B"),
         subject="Hemos recibido tu candidatura", date="2026-03-09 17:26 +0100",
         id="mn-ack", text=_A19,
         html=ats_card("Mensajería Nervión", "#00838f", paras(_A19), "Enviado con Recruitee")),
    dict(kind="application_received", slug="no_podemos_responder_individualmente", lang="es",
         company="Supermercados Artxanda", contact="",
         frm=("Supermercados Artxanda", "noreply@successfactors.eu"),
         subject="Confirmación de candidatura - Responsable de Expediciones",
         subject_enc=("utf-8", "Q"),
         date="2026-07-06 11:11 +0200", id="sa-ack", text=_A20),
    dict(kind="application_received", slug="workable_recibida", lang="es",
         company="Autobuses Ibaizabal", contact="",
         frm=("Autobuses Ibaizabal", "jobs-noreply@workablemail.com"),
         subject="Gracias por tu candidatura a Autobuses Ibaizabal",
         date="2026-08-17 13:40 +0200", id="ai-ack", text=_A21),

    # ---------------------------------------------------------------- offer
    dict(kind="offer", slug="formal_offer_letter_pdf", lang="en",
         company="Harbour Parcels", contact="rhiannon.davies@harbourparcels.example.co.uk",
         frm=_HP, subject="Offer of employment - Fleet Dispatch Planner",
         date="2026-02-12 14:05 +0000", id="hp-offer", text=_O1,
         pdf=[dict(name="Offer-letter-Declan-Ferreira-Nowak.pdf", lines=[
             "Harbour Parcels Ltd", "Unit 7 Pengam Green Trading Estate, Cardiff CF3 2EP", "",
             "12 February 2026", "", "Dear Declan", "", "Offer of employment: Fleet Dispatch Planner",
             "Salary: £31,500 per annum. Start date: 9 March 2026.",
             "This offer is conditional on satisfactory references and a basic DBS check.", "",
             "Signed for Harbour Parcels: Owen Griffiths, Transport Manager", "",
             "I accept this offer: ______________________  Date: ________"])]),
    dict(kind="offer", slug="verbal_offer_follow_up", lang="en",
         company="FlowFleet", contact="sanne.bakker@flowfleet.example.nl",
         frm=("Sanne Bakker", "sanne.bakker@flowfleet.example.nl"),
         subject="Your offer from FlowFleet - summary of our call",
         date="2026-07-02 17:30 +0200", id="ff-offer", parent="ff-move", text=_O2,
         html=paras(_O2)),
    dict(kind="offer", slug="agency_client_wants_to_offer", lang="en",
         company="Cardiff Bay Cold Chain", contact="lowri.bevan@keystone-driving.example.co.uk",
         frm=("Lowri Bevan", "lowri.bevan@keystone-driving.example.co.uk"),
         subject="OFFER!! Cardiff Bay Cold Chain", date="2026-03-18 12:12 +0000",
         id="ks-ccc-offer", text=_O3),
    dict(kind="offer", slug="contract_for_signature_pdf", lang="en",
         company="Canalside Couriers", contact="jas.sandhu@canalsidecouriers.example.co.uk",
         frm=("Jas Sandhu", "jas.sandhu@canalsidecouriers.example.co.uk"),
         subject="Re: Night Hub Planner - offer", date="2026-08-26 10:02 +0100",
         id="cc-offer", parent="cc-accept-virtual", text=_O4,
         pdf=[dict(name="Contract-Night-Hub-Planner-DFN.pdf", lines=[
             "Canalside Couriers Ltd - Statement of main terms of employment", "",
             "Employee: Declan Ferreira-Nowak", "Job title: Night Hub Planner",
             "Place of work: Unit 3, Lawley Middleway, Birmingham B4 7XH",
             "Start date: 21 September 2026", "Salary: £32,000 per annum plus night premium",
             "Hours: 4 nights on, 3 nights off", "", "Signed (employee): ______________________"])]),
    dict(kind="offer", slug="agency_unnamed_client_offer", lang="en",
         company="Bluebird Logistics Talent", contact="tom.whitcombe@bluebird-talent.example.co.uk",
         frm=("Tom Whitcombe", "tom.whitcombe@bluebird-talent.example.co.uk"),
         subject="Offer - Transport Planner (Avonmouth)", date="2026-05-05 09:40 +0100",
         id="bb-offer", text=_O5),
    dict(kind="offer", slug="outlook_offer_quotes_question_pdf", lang="en",
         company="Penarth Fleet Services", contact="huw.matthews@penarthfleet.example.co.uk",
         frm=("Huw Matthews", "huw.matthews@penarthfleet.example.co.uk"),
         subject="RE: Thank you - Fleet Planner interview", date="2026-10-01 11:44 +0100",
         id="pfs-offer", parent="pfs-thanks-virtual", text=_O6, html=outlook_html(mso(_O6)),
         pdf=[dict(name="PFS-offer-letter.pdf", lines=[
             "Penarth Fleet Services Ltd", "Dock Offices, Penarth Marina, Penarth CF64 1TQ", "",
             "1 October 2026", "", "Dear Declan", "",
             "We are pleased to offer you the position of Fleet Planner.",
             "Salary £33,000 per annum. 27 days' holiday plus bank holidays.", "",
             "Huw Matthews, Fleet Manager"]),
              dict(name="PFS-new-starter-form.pdf", lines=[
                  "New starter form", "Name:", "Address:", "National Insurance number:",
                  "Bank details:", "Emergency contact:"])]),
    dict(kind="offer", slug="promesse_embauche_pdf", lang="fr",
         company="Normandie Colis Express", contact="j.marchand@normandie-colis.example.fr",
         frm=("Julien Marchand", "j.marchand@normandie-colis.example.fr"),
         subject="Proposition d'embauche - Planificateur transport", date="2026-06-11 16:15 +0200",
         id="nce-offer", parent="nce-thanks", text=_O7,
         pdf=[dict(name="Promesse-embauche-Ferreira-Nowak.pdf", lines=[
             "Normandie Colis Express", "12 rue de l'Industrie, 76120 Le Grand-Quevilly", "",
             "Promesse d'embauche", "", "Monsieur Declan Ferreira-Nowak",
             "Poste : Planificateur transport, CDI, statut agent de maîtrise",
             "Rémunération : 30 500 € bruts annuels sur 13 mois",
             "Date d'entrée : 7 septembre 2026", "",
             "Bon pour accord, signature : ______________________"])]),
    dict(kind="offer", slug="arbeitsvertrag_zur_unterschrift", lang="de",
         company="Düsselbus Verkehrsbetriebe", contact="sabine.krueger@duesselbus.example.de",
         frm=("Sabine Krüger", "sabine.krueger@duesselbus.example.de"),
         name_enc=("iso-8859-1", "Q"),
         subject="Ihr Arbeitsvertrag – Dienstplaner/in Fahrdienst", subject_enc=("utf-8", "B"),
         date="2026-07-31 10:20 +0200", id="db-offer", parent="db-move", text=_O8,
         pdf=[dict(name="Arbeitsvertrag-Ferreira-Nowak.pdf", lines=[
             "Düsselbus Verkehrsbetriebe AG - Arbeitsvertrag", "",
             "Zwischen der Düsselbus Verkehrsbetriebe AG und Herrn Declan Ferreira-Nowak",
             "wird folgender Arbeitsvertrag geschlossen:", "",
             "§ 1 Tätigkeit: Dienstplaner/in Fahrdienst", "§ 2 Beginn: 1. Oktober 2026",
             "§ 3 Vergütung: TV-N NW, Entgeltgruppe 7", "§ 4 Arbeitszeit: 39 Stunden/Woche", "",
             "Düsseldorf, den ____________   Unterschrift: ____________________"])]),
    dict(kind="offer", slug="agentur_kunde_will_anbieten", lang="de",
         company="Lagerhaus Hafen Neuss", contact="m.brandt@personalwerk-rhein.example.de",
         frm=("Markus Brandt", "m.brandt@personalwerk-rhein.example.de"),
         subject="Angebot vom Lagerhaus Hafen Neuss!", date="2026-08-12 13:33 +0200",
         id="pw-neuss-offer", text=_O9, charset="iso-8859-1", cte="quoted-printable"),
    dict(kind="offer", slug="oferta_carta_adjunta", lang="es",
         company="Autobuses Ibaizabal", contact="josu.arana@ibaizabal.example.es",
         frm=("Josu Arana", "josu.arana@ibaizabal.example.es"),
         subject="Oferta - Planificador/a de Servicios", date="2026-09-21 12:00 +0200",
         id="ai-offer", parent="ai-cancel", text=_O10,
         html=paras(_O10),
         pdf=[dict(name="Carta-oferta-Ibaizabal.pdf", lines=[
             "Autobuses Ibaizabal", "Calle Txabarri 71, 48910 Sestao", "",
             "Carta de oferta", "", "Sr. Declan Ferreira-Nowak",
             "Puesto: Planificador/a de Servicios. Contrato indefinido.",
             "Salario bruto anual: 31.200 euros en 14 pagas.",
             "Incorporación: 2 de noviembre de 2026.", "",
             "Firma de conformidad: ______________________"])]),
]

_ = CAND  # the candidate is the default recipient of every message here
