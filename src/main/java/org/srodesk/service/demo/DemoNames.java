package org.srodesk.service.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Name lists for people, schools and streets of a demo district, and helpers to pick from them. */
final class DemoNames {

    private DemoNames() {
    }

    static final List<String> FIRST_NAMES = List.of(
            "Pat", "Maria", "José", "Ana", "Mai", "Pa Nhia", "Tou", "Kou", "Yer", "Fatuma", "Abdirahman", "Hodan",
            "Ahmed", "Aisha", "Sean", "Siobhán", "Niamh", "Jürgen", "Anja", "Lukas", "Chloé", "Zoë", "Renée",
            "Inés", "Raúl", "Sofía", "Andrés", "Darnell", "Keisha", "Jamal", "Michael", "Jennifer", "David",
            "Sarah", "Christopher", "Jessica", "Daniel", "Emily", "Marcus", "Tanya", "Kevin", "Laura", "Brian",
            "Nicole", "Erik", "Kari", "Lars", "Ingrid", "Thanh", "Linh", "Minh", "Hương", "Wei", "Mei", "Jin",
            "Hyun-woo", "Priya", "Arjun", "Omar", "Leila", "Kwame", "Amara", "Chinedu", "Ngozi", "Dakota",
            "Winona", "Chayton", "Rosa", "Luis", "Carmen", "Diego", "Guadalupe", "Joaquín", "Mónica", "Ramón",
            "Bjørn", "Astrid", "Gunnar", "Solveig", "Colm", "Aoife", "Seán", "Eoin", "Tomás", "Mohamed",
            "Fadumo", "Ibrahim", "Safiya", "Yusuf", "Halima", "Terrence", "LaToya", "Andre", "Monique",
            "Grace", "Samuel", "Rachel", "Joseph", "Hannah", "Matthew", "Olivia", "Nathan", "Megan", "Tyler");

    static final List<String> LAST_NAMES = List.of(
            "Nguyễn", "Peña", "Müller", "Ó Briain", "Hernández", "Yang", "Vang", "Xiong", "Ali", "Johnson",
            "Olson", "Anderson", "Lindqvist", "Hassan", "Mohamed", "Thao", "Lor", "Her", "Moua", "García",
            "Martínez", "López", "Rodríguez", "Kowalski", "Nowak", "Schmidt", "Okafor", "Adeyemi", "Mensah",
            "Williams", "Brown", "Jackson", "Washington", "Kim", "Park", "Chen", "Wang", "Singh", "Patel",
            "O'Connor", "Begay", "Yazzie", "Larsen", "Nielsen", "Dubois", "Lefèvre", "Rossi", "Bianchi",
            "Kovačević", "Horváth", "Novák", "Ibrahim", "Abdi", "Warsame", "Jama", "Farah", "Trần", "Phạm",
            "Lê", "Đặng", "Whitebird", "Two Bulls", "Halvorsen", "Lindgren", "Søndergaard", "Castillo",
            "Ramírez", "Gómez", "Díaz", "Morales", "Reyes", "Cruz", "Ortiz", "Gutiérrez", "Smith", "Miller",
            "Davis", "Wilson", "Taylor", "Thomas", "Moore", "Martin", "Thompson", "White", "Harris", "Clark",
            "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker",
            "Murphy", "Kelly", "Sullivan", "Byrne", "MacLeod", "Petersen", "Jóhannsdóttir", "Çelik", "Yılmaz",
            "Haddad", "Nakamura", "Tanaka", "Sato", "Kaur", "Mahmoud", "Osei", "Diallo", "Traoré", "Bergström");

    /** Stems honouring people; a school is "Harding High School", "Humboldt Middle School"... */
    static final List<String> PERSON_STEMS = List.of(
            "Harding", "Humboldt", "Johnson", "Washington", "Roosevelt", "Lincoln", "Jefferson", "Como Park",
            "Central", "Highland Park", "Murray", "Ramsey", "Galtier", "Maxfield", "Hancock", "Jackson",
            "Franklin", "Edison", "Henry", "Southwest", "Patrick Henry", "North", "South", "Wellstone",
            "Roberto Clemente", "Cesar Chavez", "Frederick Douglass", "Sojourner Truth", "Harriet Tubman",
            "Marie Curie", "Amelia Earhart", "Mary McLeod Bethune", "Dr. Martin Luther King Jr.", "Sitting Bull",
            "Hmong International", "Wilder", "Bancroft", "Hale", "Lyndale", "Kenwood", "Burroughs", "Emerson",
            "Whittier", "Hiawatha", "Nokomis", "Anthony", "Sanford", "Folwell", "Sullivan", "Andersen",
            "Ericsson", "Bryn Mawr", "Loring", "Lucy Laney", "Olson", "Pillsbury", "Waite Park", "Windom",
            "Armatage", "Barton", "Bethune", "Dowling", "Field", "Green Central", "Hall", "Keewaydin",
            "Marcy", "Northrop", "Jenny Lind", "Cityview", "Nellie Stone Johnson", "Webster", "Adams",
            "Madison", "Monroe", "Garfield", "McKinley", "Cleveland", "Grant", "Hayes", "Tyler", "Polk",
            "Thurgood Marshall", "Rosa Parks", "Jackie Robinson", "Langston Hughes", "Maya Angelou",
            "Sonia Sotomayor", "Ellen Ochoa", "Dolores Huerta", "Wilma Mankiller", "Jim Thorpe", "Sacagawea",
            "Benjamin Banneker", "Booker T. Washington", "George Washington Carver", "Ida B. Wells",
            "Shirley Chisholm", "Fannie Lou Hamer", "Medgar Evers", "Daniel Inouye", "Patsy Mink",
            "Albert Einstein", "Susan B. Anthony", "Elizabeth Cady Stanton", "Clara Barton", "Jane Addams",
            "John Muir", "Rachel Carson", "Sally Ride", "Neil Armstrong", "Mae Jemison", "Walt Whitman",
            "Mark Twain", "Willa Cather", "Laura Ingalls Wilder", "Sinclair Lewis", "F. Scott Fitzgerald");

    /** Place stems, combined with {@link #FEATURES}: "Battle Creek", "Cedar Hills"... */
    static final List<String> PLACES = List.of(
            "Battle", "Phalen", "Frost", "Hazel", "Cedar", "Maple", "Oak", "Elm", "Birch", "Pine", "Aspen",
            "Willow", "Linden", "Spruce", "Juniper", "Tamarack", "Sumac", "Prairie", "Meadow", "River",
            "Lake", "Bluff", "Stone", "Eagle", "Heron", "Falcon", "Otter", "Fox", "Deer", "Bear", "Sunrise",
            "Sunset", "Harbor", "Bridge", "Mill", "Forest", "Crystal", "Silver", "Golden", "Green",
            "Riverview", "Lakeview", "Parkway", "Summit", "Cherokee", "Dakota", "Ojibwe", "Mississippi",
            "Minnehaha", "Shingle", "Rice", "Arlington", "Hamline", "Midway", "Merriam", "Macalester",
            "Groveland", "Randolph", "Dayton", "Payne", "Arcade", "Rondo", "Frogtown", "Seward", "Longfellow",
            "Powderhorn", "Corcoran", "Bancroft", "Ericsson", "Standish", "Howe", "Cooper", "Morris", "Folwell",
            "Sheridan", "Audubon", "Bottineau", "Marshall", "Holland", "Windom", "Kingfield", "Fulton");

    static final List<String> FEATURES = List.of(
            "", " Creek", " Park", " Hills", " Lake", " Valley", " Heights", " Ridge", " Grove", " Woods",
            " Springs", " Point", " Crossing", " Commons");

    static final List<String> STREETS = List.of(
            "Grand", "Summit", "University", "Selby", "Marshall", "Snelling", "Lexington", "Dale", "Rice",
            "Payne", "Arcade", "White Bear", "Maryland", "Larpenteur", "Como", "Hamline", "Cleveland", "Cretin",
            "Lake", "Franklin", "Chicago", "Nicollet", "Hennepin", "Lyndale", "Penn", "Fremont", "Broadway",
            "Lowry", "Central", "Cedar", "Bloomington", "Portland", "Park", "Minnehaha", "Hiawatha", "Osseo",
            "Washington", "Jefferson", "Lincoln", "Madison", "Oak", "Maple", "Elm", "Pine", "Walnut", "Chestnut");

    static final List<String> STREET_TYPES = List.of("Ave", "Ave", "St", "St", "Blvd", "Rd", "Pkwy", "Dr");

    static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** "Ó Briain" → "obriain", "Nguyễn" → "nguyen": for user names and e-mail addresses. */
    static String ascii(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replace("Đ", "D").replace("đ", "d").replace("ø", "o").replace("Ø", "O")
                .replace("ı", "i").replace("ß", "ss");
        StringBuilder out = new StringBuilder();
        for (char c : decomposed.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** "Karen Olson" → "sgt.olson". */
    static String sergeantUserName(String fullName) {
        String last = fullName.substring(fullName.lastIndexOf(' ') + 1);
        return "sgt." + ascii(last).toLowerCase(Locale.ROOT);
    }

    /** A fictional phone number: the 555-0100…555-0199 block is reserved for fiction. */
    static String phone(SplittableRandom random, List<String> areaCodes) {
        return "(" + pick(random, areaCodes) + ") 555-01" + String.format("%02d", random.nextInt(100));
    }
}
