package org.srodesk.domain.compliance;

/** The topics of informational sessions for staff and students a monthly log reports (Saint Paul). */
public enum SessionTopic {
    GANGS("Gangs"),
    DRUGS("Drugs"),
    CYBER_BULLYING("Cyber bullying"),
    SEXTING("Sexting"),
    CRIMINAL_JUSTICE("Criminal justice system");

    private final String label;

    SessionTopic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
