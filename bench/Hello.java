/** The floor: a JVM that starts, prints a line and exits, with the same flags as bin/omsteps. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
