"""Rejections and interview invitations of the sixty-third corpus (hand-written data)."""

from __future__ import annotations

from msgs63_base import E

R = "rejection"
INV = "interview_invitation"

ENTRIES = [
    # ---------------------------------------------------------------- rejections
    E(R, "hafenlogistik_soft_de", "de", "Nordkai Hafenlogistik", "j.petersen@nordkai-hafen.example.com",
      "Jana Petersen <j.petersen@nordkai-hafen.example.com>",
      "Ihre Bewerbung als Demand Planner (m/w/d)", "2026-01-19 10:42 +0100",
      """Sehr geehrter Herr Brenner-Osei,

vielen Dank für Ihre Bewerbung und das Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung aller Unterlagen haben wir uns entschieden, den Prozess mit Kandidatinnen und Kandidaten fortzusetzen, deren Profil noch etwas näher an den Anforderungen der Position liegt. Diese Entscheidung ist uns bei der Vielzahl guter Bewerbungen nicht leichtgefallen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Jana Petersen
Personalreferentin
Nordkai Hafenlogistik GmbH
Am Sandtorkai 41 | 20457 Hamburg
Tel. +49 40 3009 1127

Nordkai Hafenlogistik GmbH, Sitz Hamburg, Amtsgericht Hamburg HRB 118822, Geschäftsführer: Dr. Ove Matthiesen
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.""",
      fmt="alt", style="outlook", cte="quoted-printable"),

    E(R, "successfactors_template_de", "de", "Bruckmeyer Antriebstechnik", "",
      "Bruckmeyer Karriere <noreply-careers@successfactors.example.eu>",
      "Ihre Bewerbung - Referenznummer 48117", "2026-01-27 16:03 +0100",
      """Sehr geehrte/r Lukas Brenner-Osei,

wir bedanken uns für Ihr Interesse an der Position Einkäufer strategisch (m/w/d) - Standort Hannover (Referenznummer 48117).

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.

Ihre Daten werden gemäß unserer Datenschutzerklärung nach 6 Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Bruckmeyer Antriebstechnik SE

Bitte antworten Sie nicht auf diese E-Mail. Diese Nachricht wurde automatisch generiert.""",
      fmt="html", style="ats", alt="Bruckmeyer Antriebstechnik", foot="Bruckmeyer Antriebstechnik SE · Vahrenwalder Str. 240 · 30179 Hannover"),

    E(R, "blunt_mobile_en", "en", "Tidewell Freight", "sam.okafor@tidewellfreight.example.com",
      "Sam Okafor <sam.okafor@tidewellfreight.example.com>",
      "Re: Procurement Analyst", "2026-02-02 19:51 +0000",
      """Hi Lukas, thanks for your time, but we won't be moving forward. Good luck with the search.

Sam

Sent from my iPhone

> On 30 Jan 2026, at 11:04, Lukas Brenner-Osei <lukas.bo@example.de> wrote:
>
> Hi Sam,
> just checking in on the Procurement Analyst role - is there any news on your side?
> Best, Lukas""",
      reply_of="CAL8x1kq9.procurement@mail.example.de"),

    E(R, "workday_after_interview_en", "en", "Halvorsen Maritime", "",
      "Halvorsen Maritime <halvorsen@myworkday.example.com>",
      "Update regarding your application", "2026-02-06 14:20 +0100",
      """Dear Lukas,

Thank you for taking the time to meet with our team regarding the S&OP Lead role (R-20931) in Copenhagen. We enjoyed learning more about your experience in freight forwarding and planning.

After careful consideration, we have decided to move forward with other candidates whose experience more closely aligns with the needs of the position at this time.

We appreciate your interest in Halvorsen Maritime and encourage you to keep an eye on our careers site for future opportunities.

Kind regards,
Talent Acquisition
Halvorsen Maritime A/S

This email was sent from an unmonitored mailbox.""",
      fmt="html", style="ats", alt="Halvorsen Maritime", foot="Halvorsen Maritime A/S, Esplanaden 50, 1263 København K | Privacy notice"),

    E(R, "position_filled_de_du", "de", "Kistenkind", "mira@kistenkind.example.de",
      "Mira vom Kistenkind-Team <mira@kistenkind.example.de>",
      "Kurzes Update", "2026-02-10 09:15 +0100",
      """Hey Lukas,

danke nochmal für deine Bewerbung als Ops Manager bei uns! Ich wollte dir schnell Bescheid geben: die Stelle ist inzwischen besetzt, wir haben uns für jemanden aus unserem Netzwerk entschieden.

Fand dein Profil echt spannend, gerade die Speditionserfahrung. Wenn wir wieder was im Bereich Supply Chain ausschreiben, melde ich mich gern.

Liebe Grüße
Mira
People & Culture | Kistenkind
Schanzenstraße 12, 20357 Hamburg"""),

    E(R, "role_on_hold_en", "en", "Vireo Chemicals", "hannah.brooks@vireochem.example.com",
      "Hannah Brooks <hannah.brooks@vireochem.example.com>",
      "Demand Planning Manager - update", "2026-02-12 11:37 +0000",
      """Dear Lukas,

I hope you're well. I wanted to update you personally on the Demand Planning Manager position you interviewed for last month.

Following an internal reorganisation, the role has been put on hold and we will not be proceeding with the recruitment for the foreseeable future. I'm sorry to bring you this news after the time you invested in the process.

We'll keep your details on file and, should the position reopen, I'd be glad to reach out.

With best wishes,

Hannah Brooks
Senior Talent Partner, EMEA
Vireo Chemicals
M: +44 7700 900 418

The information in this email is confidential and may be legally privileged. It is intended solely for the addressee.""",
      fmt="alt", style="outlook", charset="windows-1252"),

    E(R, "agency_relay_de", "de", "Lindqvist Fördertechnik", "t.brauer@brauer-partner.example.de",
      "Tobias Brauer <t.brauer@brauer-partner.example.de>",
      "AW: Position Leiter Disposition / Rückmeldung Kunde", "2026-02-17 17:48 +0100",
      """Hallo Herr Brenner-Osei,

ich habe heute Feedback von Lindqvist Fördertechnik bekommen - leider keine guten Nachrichten. Der Kunde hat sich nach den Gesprächen für einen internen Kandidaten entschieden. Er hat ausdrücklich betont, dass Ihr Auftreten sehr überzeugend war, am Ende gab die längere Führungserfahrung des anderen Kandidaten den Ausschlag.

Das tut mir leid, ich weiß, Sie hatten sich da viel erhofft. Ich melde mich, sobald ich etwas Passendes habe, u.a. läuft gerade ein Mandat im Bereich Beschaffung in Bremen.

Beste Grüße
Tobias Brauer
Brauer & Partner
Managing Partner
Ballindamm 3 · 20095 Hamburg
+49 171 5550 221

-----Ursprüngliche Nachricht-----
Von: Lukas Brenner-Osei <lukas.bo@example.de>
Gesendet: Montag, 16. Februar 2026 08:12
An: Tobias Brauer <t.brauer@brauer-partner.example.de>
Betreff: Position Leiter Disposition / Rückmeldung Kunde

Hallo Herr Brauer,
gibt es schon eine Rückmeldung von Lindqvist zum Zweitgespräch?
Viele Grüße
Lukas Brenner-Osei""",
      reply_of="20260216081200.lbo@example.de", charset="iso-8859-1"),

    E(R, "greenhouse_soft_en", "en", "Parcelry", "",
      "Parcelry Hiring Team <no-reply@us.greenhouse-mail.example.io>",
      "Your application to Parcelry", "2026-02-19 22:05 +0000",
      """Hi Lukas,

Thanks so much for your interest in the Supply Chain Operations Lead role at Parcelry and for the time you spent applying.

We received a lot of strong applications and unfortunately we've decided to pursue other candidates whose background more closely aligns with what we need right now.

We really do appreciate you considering Parcelry and we wish you the very best in your search.

Cheers,
The Parcelry Talent Team""",
      fmt="html", style="simple", headers={"X-Mailer": "Greenhouse"}),

    E(R, "after_take_home_de", "de", "Feldmann Lebensmittelwerke", "k.oltmanns@feldmann-lw.example.de",
      "Karin Oltmanns <k.oltmanns@feldmann-lw.example.de>",
      "Fallstudie S&OP - Rückmeldung", "2026-02-24 15:12 +0100",
      """Guten Tag Herr Brenner-Osei,

herzlichen Dank für die Ausarbeitung der Fallstudie und die Präsentation am vergangenen Donnerstag. Das Team hat Ihre Lösung intensiv diskutiert.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Ausschlaggebend war vor allem die tiefere Erfahrung mit SAP IBP, die für den Start in der Rolle sehr wichtig ist.

Gerne gebe ich Ihnen auf Wunsch ein ausführlicheres Feedback am Telefon.

Freundliche Grüße aus Bremen
Karin Oltmanns
Recruiting & Employer Branding
Feldmann Lebensmittelwerke GmbH & Co. KG
Tel.: 0421 / 69 88 - 314""",
      fmt="alt", style="outlook"),

    E(R, "indian_regret_en", "en", "Sarthi Logistics Solutions", "careers.eu@sarthilogistics.example.in",
      "Careers Europe - Sarthi Logistics <careers.eu@sarthilogistics.example.in>",
      "Application Status - Procurement Executive (Hamburg)", "2026-03-02 06:41 +0100",
      """Dear Candidate,

Greetings from Sarthi Logistics Solutions Pvt. Ltd.!

With reference to your application for the post of Procurement Executive at our Hamburg branch, we regret to inform you that your profile has not been shortlisted for further rounds of the selection process.

We shall retain your resume in our database and do revert in case any suitable opening arises in future.

Thanking you,

Warm Regards,
HR Department
Sarthi Logistics Solutions Pvt. Ltd.
Europe Office: Hammerbrookstraße 90, Hamburg
Corporate Office: Andheri East, Mumbai - 400069

DISCLAIMER: This communication is intended only for the use of the addressee and may contain legally privileged and confidential information.""",
      charset="windows-1252", cte="quoted-printable"),

    E(R, "british_shant_progress_en", "en", "Ashcombe & Reid", "eleanor.pike@ashcombereid.example.co.uk",
      "Eleanor Pike <eleanor.pike@ashcombereid.example.co.uk>",
      "Re: your application", "2026-03-05 13:29 +0000",
      """Dear Lukas,

Many thanks for your patience whilst we reviewed applications for the Operations Excellence Consultant post.

I'm afraid that on this occasion we shan't be progressing your application further. The shortlist was exceptionally strong and we have prioritised candidates with UK consulting experience.

Thank you again for your interest in Ashcombe & Reid, and all the very best.

Kind regards,
Eleanor

Eleanor Pike | Resourcing Manager
Ashcombe & Reid
1 Finsbury Avenue, London EC2M 2PF
T: +44 20 7946 0321""",
      reply_of="a83fe01b.ashcombe@mail.example.de"),

    E(R, "stadt_oeffentlich_de", "de", "Freie und Hansestadt Hamburg", "",
      "Personalservice BWI <bewerbermanagement-noreply@bwi.hamburg.example.de>",
      "Auswahlverfahren Kennziffer BWI 2026/014", "2026-03-09 08:02 +0100",
      """Sehr geehrter Herr Brenner-Osei,

Sie hatten sich um die oben genannte Stelle „Sachbearbeitung Hafenlogistik und Lieferketten (EG 11 TV-L)“ beworben.

Nach Abschluss des Auswahlverfahrens teile ich Ihnen mit, dass die Entscheidung nicht zu Ihren Gunsten ausgefallen ist. Die Auswahl erfolgte nach den Grundsätzen der Bestenauslese gemäß Art. 33 Abs. 2 GG.

Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten datenschutzgerecht vernichtet.

Für Ihren weiteren beruflichen Weg wünsche ich Ihnen alles Gute.

Mit freundlichen Grüßen
Im Auftrag
Schröder

Freie und Hansestadt Hamburg
Behörde für Wirtschaft und Innovation
Personalservice
Diese E-Mail wurde maschinell erstellt. Antworten an diese Adresse werden nicht gelesen.""",
      charset="iso-8859-1", cte="quoted-printable"),

    E(R, "french_formal_fr", "fr", "Groupe Roncelin", "",
      "Groupe Roncelin Recrutement <ne-pas-repondre@roncelin.example.fr>",
      "Votre candidature - Acheteur Projets H/F - Lyon", "2026-03-11 10:18 +0100",
      """Monsieur,

Nous vous remercions de l'intérêt que vous portez au Groupe Roncelin et de votre candidature au poste d'Acheteur Projets H/F basé à Lyon.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable, d'autres profils correspondant davantage à nos attentes.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Groupe Roncelin""",
      fmt="html", style="ats", charset="iso-8859-1", alt="Groupe Roncelin", foot="Groupe Roncelin SAS - 12 quai Perrache, 69002 Lyon - Ce message est généré automatiquement."),

    E(R, "spanish_casual_es", "es", "Naranjo Fresh", "lucia.ferrer@naranjofresh.example.es",
      "Lucía Ferrer <lucia.ferrer@naranjofresh.example.es>",
      "Sobre el puesto de Demand Planner", "2026-03-13 18:40 +0100",
      """Hola Lukas:

Muchas gracias por tu tiempo la semana pasada, fue un placer conocerte.

Te escribo para contarte que finalmente hemos decidido seguir con otra persona para el puesto de Demand Planner en Valencia. Nos ha gustado mucho tu experiencia en transitarios, pero buscábamos a alguien con español nativo para negociar con los productores.

Te deseo muchísima suerte y ojalá coincidamos más adelante.

Un abrazo,
Lucía Ferrer
Talento y Cultura · Naranjo Fresh
+34 961 55 02 18"""),

    E(R, "smartrecruiters_short_de", "de", "Alpenmetall", "",
      "Alpenmetall <noreply@smartrecruiters.example.com>",
      "Absage: Junior Category Manager Einkauf", "2026-03-16 12:00 +0100",
      """Hallo Lukas,

danke für deine Bewerbung als Junior Category Manager Einkauf bei Alpenmetall.

Wir haben uns die Entscheidung nicht leicht gemacht, uns aber für andere Bewerber*innen entschieden.

Alles Gute!
Dein Alpenmetall Recruiting Team""",
      fmt="html", style="ats", alt="Alpenmetall", foot="Alpenmetall AG · Pfarrgasse 9 · 6020 Innsbruck · Österreich"),

    E(R, "swiss_grueezi_de", "de", "Rheinhafen Logistik Basel", "s.meier@rheinhafen-basel.example.ch",
      "Simone Meier <s.meier@rheinhafen-basel.example.ch>",
      "Ihre Bewerbung als Leiter/in Supply Chain Controlling", "2026-03-18 14:33 +0100",
      """Grüezi Herr Brenner-Osei

Besten Dank für Ihre Bewerbung und das angenehme Gespräch vom 10. März.

Wir haben uns nach reiflicher Überlegung entschieden, eine Person zu berücksichtigen, welche bereits über Erfahrung im Schweizer Markt verfügt. Wir bedauern, Ihnen keinen positiveren Bescheid geben zu können.

Ihr Dossier senden wir Ihnen nicht zurück, es wird gemäss Datenschutzgesetz gelöscht.

Freundliche Grüsse

Simone Meier
HR Business Partnerin
Rheinhafen Logistik Basel AG
Hafenstrasse 25, 4057 Basel"""),

    E(R, "after_panel_en_polish", "en", "Wisła Components", "k.nowak@wislacomponents.example.pl",
      "Katarzyna Nowak <k.nowak@wislacomponents.example.pl>",
      "RE: Panel interview - Supply Planner", "2026-03-23 09:58 +0100",
      """Dear Mr. Brenner-Osei,

thank you for attending the panel interview in Gdańsk last week and for your presentation.

Unfortunately I must inform you that we decided not to continue with your candidature. The panel was impressed by your knowledge, however we need a person with fluent Polish for contact with our local suppliers.

We wish you success in your further career.

Best regards,
Katarzyna Nowak
HR Specialist
Wisła Components Sp. z o.o.
ul. Trzy Lipy 3, 80-172 Gdańsk
tel. +48 58 555 21 90

From: Lukas Brenner-Osei <lukas.bo@example.de>
Sent: Friday, March 13, 2026 6:02 PM
To: Katarzyna Nowak <k.nowak@wislacomponents.example.pl>
Subject: Panel interview - Supply Planner

Dear Ms. Nowak,
thank you again for today. Attached the slides from my presentation as promised.
Kind regards, Lukas""",
      reply_of="VI1PR03MB.lbo.0313@example.de", fmt="alt", style="outlook"),

    E(R, "personio_de_sie", "de", "Moorwerk Energie", "",
      "Moorwerk Energie <jobs-noreply@personio.example.de>",
      "Ihre Bewerbung bei Moorwerk Energie", "2026-03-26 10:45 +0100",
      """Hallo Herr Brenner-Osei,

nochmals vielen Dank für Ihre Bewerbung als Referent Beschaffung Netzmaterial (m/w/d).

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider können wir Ihnen zum jetzigen Zeitpunkt keine Stelle anbieten, da andere Bewerbungen unseren Anforderungen besser entsprochen haben.

Wir würden uns freuen, wenn Sie uns bei zukünftigen Ausschreibungen wieder berücksichtigen.

Viele Grüße
Ihr Moorwerk Energie Recruiting-Team""",
      fmt="html", style="ats", alt="Moorwerk Energie", foot="Moorwerk Energie GmbH · Oldenburg · Powered by Personio"),

    E(R, "cancelled_role_fr", "fr", "Transports Vautrin", "c.lemaire@vautrin-transports.example.fr",
      "Claire Lemaire <c.lemaire@vautrin-transports.example.fr>",
      "Suite à notre échange", "2026-04-01 17:22 +0200",
      """Bonjour Lukas,

Je reviens vers vous concernant le poste de Responsable Planification Transport.

Malheureusement, la direction a décidé de geler ce recrutement suite à la perte d'un client important, et le poste ne sera pas pourvu cette année. Je suis désolée de vous annoncer cela après nos deux entretiens.

Je garde votre CV précieusement et je me permettrai de vous recontacter si la situation évolue.

Bien cordialement,

Claire Lemaire
Chargée de recrutement
Transports Vautrin
Tél. : 04 72 55 18 40""",
      fmt="alt", style="simple", cte="quoted-printable"),

    E(R, "rexx_austria_de", "de", "Donauwerk Pharma", "bewerbung@donauwerk-pharma.example.at",
      "Donauwerk Pharma Recruiting <bewerbung@donauwerk-pharma.example.at>",
      "Ihre Bewerbung: Supply Chain Planner (w/m/d) Wien", "2026-04-07 13:10 +0200",
      """Sehr geehrter Herr Brenner-Osei!

Danke für Ihre Bewerbung und Ihr Interesse an einer Mitarbeit bei Donauwerk Pharma.

Wir haben Ihre Unterlagen genau geprüft, müssen Ihnen aber leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können.

Wir bitten um Ihr Verständnis und wünschen Ihnen für Ihren weiteren Berufsweg viel Erfolg.

Mit freundlichen Grüßen
Mag. Verena Haider
Human Resources
Donauwerk Pharma GmbH
Leopoldauer Straße 120, 1210 Wien
Gemäß KV Chemische Industrie beträgt das Mindestentgelt EUR 3.890,- brutto/Monat.""",
      fmt="html", style="outlook", charset="iso-8859-1", foot="Donauwerk Pharma GmbH | FN 211487a | Handelsgericht Wien"),

    E(R, "lever_casual_en", "en", "Stackyard", "",
      "Stackyard <no-reply@hire.lever.example.co>",
      "Stackyard // Ops Planning", "2026-04-14 21:17 +0200",
      """Hey Lukas -

Thanks for chatting with us about Ops Planning at Stackyard. We've loved getting to know you, but after a lot of back-and-forth we're going to go in a different direction for this one.

Honestly it was a close call. We hope our paths cross again!

— Team Stackyard""",
      fmt="alt", style="simple", headers={"X-Lever-Source": "hire"}),

    E(R, "hospital_de", "de", "Asklepion Klinikum Nord", "einkauf-personal@asklepion-nord.example.de",
      "Personalabteilung Asklepion Klinikum Nord <einkauf-personal@asklepion-nord.example.de>",
      "Stellenausschreibung Nr. 26-077 Strategischer Einkauf Medizinprodukte", "2026-04-20 11:50 +0200",
      """Sehr geehrter Herr Brenner-Osei,

wir beziehen uns auf Ihre Bewerbung vom 24.03.2026 und danken Ihnen für Ihr Interesse an einer Tätigkeit in unserem Haus.

Leider müssen wir Ihnen mitteilen, dass unsere Wahl auf eine Bewerberin gefallen ist, die bereits mehrjährige Erfahrung im Einkauf von Medizinprodukten mitbringt.

Wir bedanken uns für das entgegengebrachte Vertrauen.

Mit freundlichen Grüßen
i.A. Birte Lühmann
Personalabteilung
Asklepion Klinikum Nord
Tangstedter Landstraße 400, 22417 Hamburg""",
      charset="windows-1252", cte="quoted-printable"),

    E(R, "es_formal_ats", "es", "Grupo Torrealba", "",
      "Grupo Torrealba Empleo <notificaciones@torrealba.example.es>",
      "Actualización de tu candidatura - Comprador/a Senior", "2026-04-28 09:30 +0200",
      """Estimado/a Lukas Brenner-Osei,

Te agradecemos sinceramente el interés mostrado en la vacante de Comprador/a Senior en Grupo Torrealba.

Tras revisar detenidamente tu candidatura, lamentamos comunicarte que en esta ocasión no continuarás en el proceso de selección, ya que hemos seleccionado perfiles que se ajustan más a los requisitos del puesto.

Guardaremos tus datos para futuros procesos, salvo que nos indiques lo contrario.

Atentamente,
Departamento de Personas
Grupo Torrealba

Este mensaje ha sido enviado automáticamente, por favor no respondas.""",
      fmt="html", style="ats", alt="Grupo Torrealba", foot="Grupo Torrealba S.A. · Av. de Aragón 30, 46021 Valencia · Política de privacidad"),

    E(R, "headhunter_short_de_du", "de", "Hanse Reederei Kontor", "felix@kappel-search.example.de",
      "Felix Kappel <felix@kappel-search.example.de>",
      "Hanse Reederei", "2026-05-06 18:04 +0200",
      """Moin Lukas,

kurze Info, auch wenn sie nicht schön ist: Hanse Reederei Kontor hat abgesagt. Die wollen jemanden mit Linienreederei-Hintergrund, Spedition war ihnen zu weit weg. Ärgerlich, aber so ist es.

Lass uns nächste Woche mal telefonieren, hab noch 2 andere Sachen im Kopf.

VG Felix

--
Felix Kappel
Kappel Search Partners
0160 555 8812"""),

    E(R, "after_assessment_center_de", "de", "Sondergut Automotive", "",
      "Sondergut Automotive Karriere <karriere-noreply@sondergut.example.com>",
      "Ihr Assessment Center am 12. Mai 2026", "2026-05-19 15:40 +0200",
      """Sehr geehrter Herr Brenner-Osei,

vielen Dank für Ihre Teilnahme an unserem Assessment Center für das Trainee-Programm Einkauf & Supply Chain.

Die Beobachterinnen und Beobachter haben Ihre Leistungen in allen Übungen ausführlich besprochen. Leider haben Sie die erforderliche Gesamtbewertung knapp nicht erreicht, sodass wir Ihnen keinen Platz im Programm anbieten können.

Eine individuelle Rückmeldung zu den einzelnen Übungen ist aus organisatorischen Gründen leider nicht möglich.

Wir danken Ihnen für Ihr Engagement und wünschen Ihnen alles Gute.

Ihr Recruiting Center
Sondergut Automotive SE, Stuttgart""",
      fmt="alt", style="ats", alt="Sondergut Automotive", foot="Sondergut Automotive SE · Vorsitzender des Aufsichtsrats: Prof. Dr. Heiner Lotz · Sitz Stuttgart"),

    E(R, "egyptian_en", "en", "Nile Delta Agro Exports", "hr@niledelta-agro.example.com",
      "Mona El-Sayed <hr@niledelta-agro.example.com>",
      "Regarding Supply Chain Coordinator – Europe Desk", "2026-06-03 10:11 +0300",
      """Dear Mr. Lukas,

Kindly note that after reviewing your application for the Supply Chain Coordinator position (Europe Desk, Rotterdam), the hiring committee has decided not to proceed with your candidacy at this time.

We highly appreciate your interest in joining Nile Delta Agro Exports and we wish you all the best in your career.

Best Regards,
Mona El-Sayed
Talent Acquisition Specialist
Nile Delta Agro Exports S.A.E.
Tel: +20 2 2555 0191""",
      fmt="alt", style="simple"),

    E(R, "very_short_fr_mobile", "fr", "Lumenor", "antoine.girard@lumenor.example.fr",
      "Antoine Girard <antoine.girard@lumenor.example.fr>",
      "Re: Poste S&OP", "2026-06-11 08:03 +0200",
      """Bonjour Lukas, merci pour votre temps mais nous ne donnerons pas suite. Bonne continuation.
AG

Envoyé de mon iPhone

> Le 9 juin 2026 à 14:22, Lukas Brenner-Osei <lukas.bo@example.de> a écrit :
>
> Bonjour Monsieur Girard,
> Je me permets de revenir vers vous au sujet du poste S&OP Manager. Avez-vous des nouvelles ?
> Cordialement,
> Lukas""",
      reply_of="6F1B2C.lbo.0609@example.de"),

    E(R, "university_admin_de", "de", "Universität Bremen", "personalstelle@uni-bremen.example.de",
      "Personalstelle Dezernat 2 <personalstelle@uni-bremen.example.de>",
      "Ihre Bewerbung auf die Kennziffer A 41/26", "2026-07-02 12:20 +0200",
      """Sehr geehrter Herr Brenner-Osei,

für Ihre Bewerbung auf die Stelle „Referent*in für Beschaffung und Vergabe“ (Kennziffer A 41/26) danken wir Ihnen.

Das Auswahlverfahren ist inzwischen abgeschlossen. Wir bedauern, Ihnen mitteilen zu müssen, dass wir uns für eine andere Person entschieden haben.

Ihre Unterlagen werden nach Ablauf der Frist gemäß AGG vernichtet.

Mit freundlichen Grüßen
Im Auftrag
Anke Dierks
Universität Bremen · Dezernat 2 Personalangelegenheiten""",
      charset="iso-8859-1"),

    E(R, "chilean_en_es", "es", "Andes Pacific Shipping", "p.riquelme@andespacific.example.cl",
      "Paula Riquelme <p.riquelme@andespacific.example.cl>",
      "Proceso Analista de Abastecimiento - Respuesta", "2026-08-18 16:45 -0400",
      """Hola Lukas, ¿cómo estás?

Te escribo para darte respuesta del proceso de Analista de Abastecimiento para nuestra oficina de Hamburgo. La verdad es que tu perfil gustó harto, pero al final el área decidió avanzar con un candidato que ya trabajó con nuestro sistema de gestión.

Así que por ahora no vamos a seguir contigo en el proceso, lo siento mucho. Cualquier cosa te aviso si se abre otra vacante.

Saludos cordiales,
Paula Riquelme
Jefa de Selección
Andes Pacific Shipping
+56 2 2955 4410""",
      fmt="alt", style="simple", cte="base64"),

    # ---------------------------------------------------------------- invitations
    E(INV, "phone_screen_de_sie", "de", "Elbtal Chemie", "n.brandt@elbtal-chemie.example.de",
      "Nadine Brandt <n.brandt@elbtal-chemie.example.de>",
      "Ihre Bewerbung als Demand Planner – Telefoninterview", "2026-01-14 09:27 +0100",
      """Sehr geehrter Herr Brenner-Osei,

vielen Dank für Ihre Bewerbung, die uns sehr angesprochen hat.

Gerne möchten wir Sie in einem ersten Telefoninterview (ca. 30 Minuten) näher kennenlernen. Hätten Sie am Dienstag, 20.01., um 10:00 Uhr oder am Mittwoch, 21.01., um 14:30 Uhr Zeit?

Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen passt, und unter welcher Nummer ich Sie erreiche.

Viele Grüße
Nadine Brandt
Talent Acquisition
Elbtal Chemie AG
Tel. +49 351 4410 -278""",
      fmt="alt", style="outlook"),

    E(INV, "calendly_en_agency", "en", "Corvane Robotics", "ben.hartley@northlight-talent.example.co.uk",
      "Ben Hartley <ben.hartley@northlight-talent.example.co.uk>",
      "Corvane Robotics - next steps!!", "2026-01-22 16:58 +0000",
      """Hi Lukas!!

Great news - Corvane Robotics LOVED your CV and want to get you in for a first call with their Head of Procurement ASAP!

Can you grab a slot in her calendar here? She's pretty booked so the sooner the better:
URL: Book a 30 min call with Marion (Calendly)

It's a video call on Teams, 30 mins, fairly informal - she'll ask about your forwarding background and why procurement. Give me a ring beforehand if you want to prep!!

Cheers,
Ben

Ben Hartley | Senior Consultant - Supply Chain & Procurement
Northlight Talent
m: +44 7700 900 227
[Northlight Talent logo]""",
      fmt="alt", style="simple"),

    E(INV, "video_ics_de", "de", "Hansewerft Maschinenbau", "r.claussen@hansewerft.example.de",
      "Rieke Claußen <r.claussen@hansewerft.example.de>",
      "Einladung: Videointerview Supply Chain Planner (m/w/d)", "2026-01-28 11:05 +0100",
      """Hallo Herr Brenner-Osei,

wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zum Videointerview mit Herrn Vollmer (Leitung Supply Chain) und mir.

Termin: Mittwoch, 04.02.2026, 13:00 – 14:00 Uhr
Plattform: Microsoft Teams (Link in der Einladung)

Bitte halten Sie ein paar Beispiele aus Ihrer Dispositionspraxis bereit. Ich freue mich auf das Gespräch!

Beste Grüße
Rieke Claußen
Personalreferentin
Hansewerft Maschinenbau GmbH
Rendsburger Str. 8 · 24768 Rendsburg""",
      fmt="ics", style="outlook",
      ics={"uid": "hw-2026-0204-scp@hansewerft.example.de", "start": "2026-02-04 13:00 +0100", "minutes": 60,
               "summary": "Videointerview Lukas Brenner-Osei / Supply Chain Planner"},
      encode_subject=True),

    E(INV, "quick_chat_en", "en", "Brightmoor Retail", "olivia.grant@brightmoor.example.com",
      "Olivia Grant <olivia.grant@brightmoor.example.com>",
      "Quick question", "2026-02-03 08:49 +0000",
      """Hi Lukas,

I came across your application for the Inventory Planning Manager role - would you be free for a quick chat later this week? Thursday or Friday afternoon work well for me, 20 mins or so, just to get to know each other and talk through the role.

Let me know what suits and the best number to reach you on.

Thanks,
Olivia

Olivia Grant
Talent Partner, Brightmoor Retail"""),

    E(INV, "softgarden_self_schedule_de", "de", "Quellhof Getränke", "",
      "Quellhof Getränke <noreply@softgarden.example.io>",
      "Terminvereinbarung für Ihr Vorstellungsgespräch", "2026-02-09 10:00 +0100",
      """Guten Tag Herr Brenner-Osei,

wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch für die Position „Disponent Beschaffung (m/w/d)“ an unserem Standort Lüneburg einladen zu dürfen.

Bitte wählen Sie über den folgenden Link einen für Sie passenden Termin aus:
URL: Jetzt Termin auswählen

Die Termine stehen bis zum 16.02.2026 zur Auswahl. Bei Rückfragen erreichen Sie uns unter 04131 88 55-0.

Mit freundlichen Grüßen
Ihr Personalteam der Quellhof Getränke GmbH""",
      fmt="html", style="ats", alt="Quellhof Getränke", foot="Quellhof Getränke GmbH · Lüneburg · Diese Nachricht wurde über softgarden versendet."),

    E(INV, "second_round_fr", "fr", "Maison Berthier", "sophie.nguyen@maison-berthier.example.fr",
      "Sophie Nguyen <sophie.nguyen@maison-berthier.example.fr>",
      "Prochaine étape - Responsable Approvisionnements", "2026-02-13 14:14 +0100",
      """Bonjour Lukas,

Merci encore pour notre échange de mardi. J'ai le plaisir de vous annoncer que nous souhaitons poursuivre avec vous.

La prochaine étape serait un entretien sur site à Lyon avec Marc Duval, Directeur Supply Chain, et une personne de l'équipe achats. Seriez-vous disponible le jeudi 26 février en fin de matinée, ou le vendredi 27 ?

Nous prendrons bien entendu en charge vos frais de déplacement.

Bien à vous,
Sophie Nguyen
Talent Acquisition - Maison Berthier
06 44 18 92 07""",
      fmt="alt", style="simple"),

    E(INV, "goodtime_panel_en", "en", "Quarrystone Energy", "",
      "Quarrystone Energy Recruiting <scheduling@goodtime.example.io>",
      "Action required: schedule your panel interview", "2026-02-18 17:30 +0000",
      """Hi Lukas,

The Quarrystone Energy team would like to invite you to a panel interview for the Procurement Category Lead – Renewables role.

Format: 3 x 45 minute conversations (hiring manager, category team, values) over video
Please select your availability using the link below. Slots are offered in CET.

URL: Select times

If none of the times work, reply to your recruiter directly.

Quarrystone Energy Talent Team
Powered by GoodTime""",
      fmt="html", style="ats", alt="Quarrystone Energy", foot="You're receiving this because you applied to Quarrystone Energy."),

    E(INV, "moin_casual_de_du", "de", "Fischmarkt Delikatessen", "henning@fischmarkt-deli.example.de",
      "Henning Jacobsen <henning@fischmarkt-deli.example.de>",
      "Deine Bewerbung", "2026-02-25 20:12 +0100",
      """Moin Lukas,

hab deine Bewerbung als Einkäufer gelesen, klingt gut. Hast du Lust nächste Woche mal auf'n Kaffee vorbeizukommen? Dann zeig ich dir auch gleich das Lager in Altona. Dienstag oder Donnerstag vormittags ginge bei mir.

Gruß
Henning

Fischmarkt Delikatessen
Große Elbstraße 133, Hamburg
0176 555 33 90"""),

    E(INV, "workday_onsite_en_ics", "en", "Kestrel Pharma", "amelia.ross@kestrelpharma.example.com",
      "Amelia Ross <amelia.ross@kestrelpharma.example.com>",
      "Interview confirmation - S&OP Manager, Basel", "2026-03-03 12:44 +0100",
      """Dear Lukas,

We are delighted to invite you to an onsite interview for the S&OP Manager position at our Basel campus.

Date: Tuesday, 17 March 2026
Time: 09:30 - 13:00 (CET)
Location: Kestrel Pharma, Building 4, Reception, Grenzacherstrasse 80, Basel

The day includes a 20-minute case presentation (brief attached separately), conversations with the hiring manager and two peers, and a site tour. Please bring a photo ID.

A calendar invitation is attached. Should you have any questions please don't hesitate to contact me.

Best regards,
Amelia Ross
Talent Acquisition Partner | Kestrel Pharma
+41 61 555 72 10""",
      fmt="ics", style="outlook",
      ics={"uid": "KP-R-7731-onsite-LBO@kestrelpharma.example.com", "start": "2026-03-17 09:30 +0100", "minutes": 210,
               "summary": "Onsite interview - Lukas Brenner-Osei (S&OP Manager)", "location": "Grenzacherstrasse 80, Basel"}),

    E(INV, "bundesagentur_de", "de", "Bundesagentur für Arbeit", "Regionaldirektion-Nord.Personal@arbeitsagentur.example.de",
      "Regionaldirektion Nord Personal <Regionaldirektion-Nord.Personal@arbeitsagentur.example.de>",
      "Einladung zum Auswahlgespräch - Ausschreibung RD N 2026/118", "2026-03-10 09:00 +0100",
      """Sehr geehrter Herr Brenner-Osei,

nach Sichtung der eingegangenen Bewerbungen freue ich mich, Sie zu einem strukturierten Auswahlgespräch für den Dienstposten „Sachbearbeiter/in Einkauf und Vergabe“ einzuladen.

Das Gespräch findet am Montag, den 23.03.2026, um 10:30 Uhr in der Regionaldirektion Nord, Projensdorfer Straße 82, 24106 Kiel, Raum 3.14 statt. Die Dauer beträgt ca. 60 Minuten.

Bitte bestätigen Sie den Termin bis zum 16.03.2026 per E-Mail. Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt; bitte teilen Sie uns einen etwaigen Unterstützungsbedarf mit.

Mit freundlichen Grüßen
Im Auftrag
Claudia Wendt
Bundesagentur für Arbeit
Regionaldirektion Nord - Personal""",
      charset="iso-8859-1", cte="quoted-printable"),

    E(INV, "teamtailor_next_stage_en", "en", "Fennick", "joel@fennick.example.com",
      "Joel from Fennick <joel@fennick.example.com>",
      "We'd love to move you to the next stage 🎉", "2026-03-17 15:20 +0100",
      """Hi Lukas,

Thanks for your application to be our first Supply Chain Lead - we'd love to move you to the next stage!

Next up is a 45 min video call with me (Head of Ops) and Ana, our co-founder. Pick whatever time works for you here:
URL: Choose a time

No prep needed, just come curious.

Joel
Fennick · Berlin""",
      fmt="html", style="ats", alt="Fennick", foot="Fennick GmbH · Sent via Teamtailor"),

    E(INV, "personalberater_de_sie", "de", "Ostwind Netze", "a.kurz@lindenhof-consult.example.de",
      "Andrea Kurz <a.kurz@lindenhof-consult.example.de>",
      "Vorstellungstermin bei meinem Mandanten", "2026-03-24 13:02 +0100",
      """Lieber Herr Brenner-Osei,

ich freue mich sehr: Mein Mandant, die Ostwind Netze, möchte Sie gern persönlich kennenlernen! Das Gespräch mit der Bereichsleitung Einkauf, Frau Dr. Rehfeld, und mir wäre am Freitag, 03.04., um 11:00 Uhr in der Zentrale in Hannover vorgesehen.

Passt Ihnen das? Gern bereite ich Sie vorab in einem kurzen Telefonat auf das Gespräch vor – die Themen Rahmenverträge und Lieferantenentwicklung werden sicher eine große Rolle spielen.

Herzliche Grüße
Andrea Kurz
Lindenhof Consult
Executive Search · Hannover
Tel. 0511 5552 740""",
      fmt="alt", style="outlook", charset="windows-1252", cte="quoted-printable"),

    E(INV, "probearbeit_de", "de", "Brotzeit Manufaktur", "personal@brotzeit-manufaktur.example.de",
      "Brotzeit Manufaktur <personal@brotzeit-manufaktur.example.de>",
      "Re: Bewerbung Teamleitung Logistik", "2026-04-02 07:31 +0200",
      """Guten Morgen Herr Brenner-Osei,

nach unserem netten Telefonat würden wir Sie gern zu einem Probearbeitstag in unser Zentrallager nach Garching einladen. Vorschlag: Mittwoch, 15. April, 7:00 bis ca. 13:00 Uhr. Sicherheitsschuhe stellen wir Ihnen.

Bitte kurz bestätigen, dann schicke ich Ihnen Anfahrt und Ansprechpartner vor Ort.

Servus und bis bald
Thomas Huber
Leitung Personal
Brotzeit Manufaktur GmbH, Garching b. München""",
      reply_of="0402.lbo.brotzeit@example.de"),

    E(INV, "spanish_entrevista_es", "es", "Puerto Levante Logística", "rrhh@puertolevante.example.es",
      "RRHH Puerto Levante <rrhh@puertolevante.example.es>",
      "Entrevista - Técnico/a de Compras", "2026-04-09 11:11 +0200",
      """Buenos días, Lukas:

Le escribimos desde el departamento de Recursos Humanos de Puerto Levante Logística en relación con su candidatura para el puesto de Técnico/a de Compras.

Nos gustaría invitarle a una entrevista por videoconferencia el próximo martes 14 de abril a las 10:00 h (hora peninsular). La entrevista la realizará Javier Molina, responsable de Compras, y tendrá una duración aproximada de 45 minutos.

Le rogamos nos confirme su disponibilidad respondiendo a este correo.

Un cordial saludo,
Departamento de RRHH
Puerto Levante Logística S.L.
Muelle de la Aduana s/n, 46024 Valencia""",
      fmt="alt", style="outlook", charset="iso-8859-1", cte="quoted-printable"),

    E(INV, "interamt_de", "de", "Landesamt für Bau und Liegenschaften Niedersachsen", "",
      "interamt.de <noreply@interamt.example.de>",
      "Neue Nachricht zu Ihrer Bewerbung (Stellen-ID 1204417)", "2026-04-15 14:55 +0200",
      """Sehr geehrter Herr Brenner-Osei,

zu Ihrer Bewerbung auf die Stelle „Sachgebietsleitung Zentrale Beschaffung“ beim Landesamt für Bau und Liegenschaften Niedersachsen liegt eine neue Nachricht vor:

„Wir laden Sie zu einem Vorstellungsgespräch am 28.04.2026 um 09:00 Uhr in Hannover, Waterloostraße 4, ein. Bitte bestätigen Sie Ihre Teilnahme über das Bewerberportal. Reisekosten können nicht erstattet werden.“

Sie können die Nachricht auch in Ihrem Bewerberkonto einsehen:
URL: Zum Bewerberkonto

Ihr Interamt-Team

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.""",
      fmt="html", style="ats", alt="interamt.de", foot="Interamt - das Stellenportal des öffentlichen Dienstes"),

    E(INV, "greenhouse_tech_round_en", "en", "Lattice Freight", "priya.menon@latticefreight.example.com",
      "Priya Menon <priya.menon@latticefreight.example.com>",
      "Lattice Freight: Case interview invitation", "2026-04-22 10:30 +0200",
      """Hi Lukas,

Thank you for your time on the hiring manager call - the team enjoyed it and we'd like to invite you to the case round for Demand Planning Lead.

You'll get a small dataset 30 minutes before the session and then walk two of us through a forecast and an S&OP recommendation (60 min, Google Meet). Please use the link below to pick a slot next week:

URL: Schedule your interview

Any questions, just reply here.

Best,
Priya
Recruiting Lead, Lattice Freight""",
      fmt="alt", style="ats", reply_to="Priya Menon <priya.menon@latticefreight.example.com>",
      alt="Lattice Freight", foot="Sent via Greenhouse"),

    E(INV, "workday_interview_de_outlook", "de", "Kronberg Chemie", "julia.seidel@kronberg-chemie.example.com",
      '"Seidel, Julia" <julia.seidel@kronberg-chemie.example.com>',
      "WG: Einladung zum Vorstellungsgespräch - Global Category Buyer", "2026-05-05 16:18 +0200",
      """Hallo Herr Brenner-Osei,

anbei leite ich Ihnen die Einladung weiter – leider ging die Systemmail offenbar nur an mich. Wir freuen uns auf das Gespräch in Ludwigshafen am 19.05. um 14 Uhr mit Herrn Ackermann und mir.

Viele Grüße
Julia Seidel
HR Recruiting | Kronberg Chemie SE

Von: Kronberg Chemie Recruiting <kronberg@myworkday.example.com>
Gesendet: Dienstag, 5. Mai 2026 15:02
An: Seidel, Julia <julia.seidel@kronberg-chemie.example.com>
Betreff: Einladung zum Vorstellungsgespräch - Global Category Buyer

Sehr geehrter Herr Brenner-Osei,
wir laden Sie herzlich zu einem Vorstellungsgespräch ein.
Datum: 19.05.2026, 14:00 Uhr
Ort: Kronberg Chemie SE, Gebäude B12, Ludwigshafen
Bitte bringen Sie einen Lichtbildausweis mit.""",
      fmt="alt", style="outlook"),

    E(INV, "xing_recruiter_interview_de", "de", "Silbermöwe Versand", "lena.wolter@silbermoewe.example.de",
      "Lena Wolter <lena.wolter@silbermoewe.example.de>",
      "Gespräch Teamlead Demand Planning?", "2026-05-12 12:26 +0200",
      """Hallo Lukas,

danke für deine Nachricht auf XING und den Lebenslauf! Ich würde dich gern zu einem ersten Videocall mit unserer Head of Supply Chain einladen – am liebsten diese Woche noch. Geht Freitag 11 Uhr? Sonst schick mir gern 2-3 Alternativen.

Liebe Grüße
Lena
Talent Acquisition @ Silbermöwe Versand
www.silbermoewe.example.de"""),

    E(INV, "second_interview_en_australian", "en", "Coralbay Foods", "mick.donovan@coralbay.example.com.au",
      "Mick Donovan <mick.donovan@coralbay.example.com.au>",
      "Following up", "2026-05-26 09:40 +0200",
      """G'day Lukas,

Good news mate - the team were really chuffed with your first interview, so we'd like to get you back for a second round with our GM Supply, who's over in Hamburg for the Europe launch.

He's free Wed 3 June any time after 2pm your time, at the Hotel Atlantic lobby. Could you let me know what works? Happy to do it over Zoom if that's easier.

Cheers,
Mick Donovan
People Lead - Europe
Coralbay Foods""",
      fmt="alt", style="simple"),

    E(INV, "fr_entretien_tel_fr", "fr", "Cimentis", "recrutement@cimentis.example.fr",
      "Recrutement Cimentis <recrutement@cimentis.example.fr>",
      "=?utf-8?Q?Entretien_t=C3=A9l=C3=A9phonique?=", "2026-06-16 10:05 +0200",
      """Bonjour Monsieur Brenner-Osei,

Votre candidature au poste de Contrôleur de gestion logistique a retenu toute notre attention.

Nous vous proposons un premier entretien téléphonique de 30 minutes avec Mme Perrin, responsable du contrôle de gestion. Merci de nous indiquer vos disponibilités pour la semaine du 22 juin.

Cordialement,
Service Recrutement
Cimentis
Immeuble Le Silex, 15 rue des Cuirassiers, 69003 Lyon""",
      ),

    E(INV, "es_chilean_invite_es", "es", "Viña Cordillera", "m.araya@vinacordillera.example.cl",
      "Matías Araya <m.araya@vinacordillera.example.cl>",
      "Conversación puesto Coordinador Logístico Europa", "2026-07-07 17:30 -0400",
      """Hola Lukas, ¿cómo va todo?

Revisamos tu CV y nos encantaría conversar contigo sobre el cargo de Coordinador Logístico Europa (con base en Róterdam). ¿Tendrías disponibilidad para una videollamada este jueves o viernes? Para ti sería tipo 16:00 o 17:00 hora alemana.

Quedo atento a tus comentarios.

Saludos,
Matías Araya
Gerente de Exportaciones
Viña Cordillera
+56 9 5555 0123"""),

    E(INV, "outlook_fuhrungszeugnis_de", "de", "Stadtwerke Lübeck-Nord", "bewerbung@swln.example.de",
      "Bewerbungsmanagement SWLN <bewerbung@swln.example.de>",
      "Einladung zum Zweitgespräch", "2026-09-08 08:45 +0200",
      """Sehr geehrter Herr Brenner-Osei,

nach dem positiven Erstgespräch möchten wir Sie gern zu einem Zweitgespräch mit unserem kaufmännischen Geschäftsführer einladen.

Termin: Donnerstag, 17.09.2026, 15:00 Uhr
Ort: Verwaltungsgebäude, Geniner Straße 80, 23560 Lübeck, Empfang Haus A

Für den weiteren Prozess benötigen wir zudem zwei Referenzen sowie – im Falle einer Zusage – ein aktuelles Führungszeugnis. Bitte bringen Sie die Kontaktdaten Ihrer Referenzgeber zum Gespräch mit.

Mit freundlichen Grüßen
Martina Kolbe
Personalentwicklung & Recruiting
Stadtwerke Lübeck-Nord GmbH""",
      fmt="alt", style="outlook", charset="iso-8859-1"),

    E(INV, "onlyfy_video_de", "de", "Weserland Fahrzeugteile", "",
      "Weserland Fahrzeugteile via onlyfy <noreply@onlyfy.example.io>",
      "Einladung zum Videointerview", "2026-10-06 11:20 +0200",
      """Hallo Herr Brenner-Osei,

vielen Dank für Ihre Bewerbung als Lieferantenmanager (m/w/d). Wir möchten Sie gerne im Rahmen eines Videointerviews kennenlernen.

Wählen Sie einfach einen der vorgeschlagenen Termine aus – das Gespräch findet über Microsoft Teams statt und dauert ca. 45 Minuten:
URL: Termin auswählen

Wir freuen uns auf Sie!
Ihr HR-Team von Weserland Fahrzeugteile""",
      fmt="html", style="ats", alt="Weserland Fahrzeugteile", foot="Weserland Fahrzeugteile GmbH · Bremen · Datenschutz · Impressum"),
]
